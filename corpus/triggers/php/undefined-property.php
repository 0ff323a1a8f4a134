<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
class User { public $name = 'Ann'; }
$u = new User();
echo $u->email, "\n";
$o = new stdClass();
echo $o->total, "\n";
