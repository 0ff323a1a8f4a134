<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
$rows = null;
if ($argv[1] === 'a') { echo count($rows); }
else { $user = new stdClass(); echo count($user); }
