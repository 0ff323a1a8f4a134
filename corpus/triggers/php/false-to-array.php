<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d error_reporting=-1 {file}
$cache = false;
$cache['users'] = [];
$items = strpos('abc', 'z');
$items[] = 'x';
echo "done\n";
