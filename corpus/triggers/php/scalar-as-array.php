<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b; php -d display_errors=1 -d log_errors=0 {file} c
if ($argv[1] === 'a') { $count = 0; $count['total'] = 5; }
if ($argv[1] === 'b') { $enabled = true; $enabled[] = 'x'; }
if ($argv[1] === 'c') { $name = ''; $name[] = 'Ann'; }
