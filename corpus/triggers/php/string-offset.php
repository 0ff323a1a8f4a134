<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
$user = "ann";
if ($argv[1] === 'a') { echo $user['name']; } else { $key = ['id']; echo $user[$key]; }
