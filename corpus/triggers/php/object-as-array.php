<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
class User { public $name = 'Ann'; }
if ($argv[1] === 'a') {
    $data = json_decode('{"name": "Ann"}');
    echo $data['name'];
} else {
    $u = new User();
    echo $u['name'];
}
