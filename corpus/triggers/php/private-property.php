<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
class User { private $password = 'x'; protected $role = 'admin'; }
$u = new User();
if ($argv[1] === 'a') { echo $u->password; } else { echo $u->role; }
