<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
class Money { public $amount = 5; }
if ($argv[1] === 'a') { echo "Total: " . new Money(); }
else { $d = new DateTime('2024-01-01'); echo "Date: $d"; }
