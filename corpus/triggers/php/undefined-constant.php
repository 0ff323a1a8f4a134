<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
if ($argv[1] === 'a') { echo DB_HOST; }
else { $x = ['name' => 'Ann']; echo $x[name]; }
