<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d error_reporting=-1 {file}
$items = ['a', 'b', 'c'];
$page = 2.5;
echo $items[$page / 2], "\n";
echo str_repeat('-', 7.9), "\n";
echo 10.5 % 3, "\n";
