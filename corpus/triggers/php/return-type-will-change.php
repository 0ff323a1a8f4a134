<?php
// Classes written for PHP 7 that implement built-in interfaces without return types (PHP 8.1+ deprecation).
// hubls-run: php -d display_errors=1 -d log_errors=0 -d error_reporting=-1 {file}
class Collection implements ArrayAccess, Countable
{
    private $items = [];
    public function offsetExists($key) { return isset($this->items[$key]); }
    public function offsetGet($key) { return $this->items[$key]; }
    public function offsetSet($key, $value) { $this->items[$key] = $value; }
    public function offsetUnset($key) { unset($this->items[$key]); }
    public function count() { return count($this->items); }
}
echo "loaded\n";
