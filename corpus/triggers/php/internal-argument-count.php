<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
if ($argv[1] === 'a') { var_dump(array_key_exists('id')); }
else { echo str_replace('a', 'b'); }
