<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} a; php -d display_errors=1 -d log_errors=0 {file} b
if ($argv[1] === 'a') { $total = [1, 2] + 5; }
else { $price = "10"; $qty = null; $o = new stdClass(); echo $o * 2; }
