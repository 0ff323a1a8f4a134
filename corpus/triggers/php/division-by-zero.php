<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} div; php -d display_errors=1 -d log_errors=0 {file} mod; php -d display_errors=1 -d log_errors=0 {file} intdiv
$count = 0;
if ($argv[1] === 'div') { echo 100 / $count; }
if ($argv[1] === 'mod') { echo 7 % $count; }
if ($argv[1] === 'intdiv') { echo intdiv(10, $count); }
