<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
class Cart {
    private $items = [];
    public static function count() { return count($this->items); }
}
class Report {
    private $rows = [1, 2];
    public function sum() {
        $add = static function () {
            return array_sum($this->rows);
        };
        return $add();
    }
}
if ($argv[1] === 'a') { echo Cart::count(); } else { echo (new Report())->sum(); }
