<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d error_reporting=-1 {file}
class User { public $name; }
$u = new User();
$u->name = 'Ann';
$u->email = 'ann@example.com';
class Order { public function __construct() { $this->total = 0; } }
new Order();
