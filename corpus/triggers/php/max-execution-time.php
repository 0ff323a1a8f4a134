<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d max_execution_time=1 {file}; php -d display_errors=1 -d log_errors=0 {file} 2
if (isset($argv[1])) { set_time_limit((int) $argv[1]); }
$x = 0;
while (true) { $x++; }
