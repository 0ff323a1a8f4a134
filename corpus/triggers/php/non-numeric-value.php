<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}; php -d display_errors=1 -d log_errors=0 -r 'echo "3 pcs" + 1;'
$price = "12.50 EUR";
echo $price * 2, "\n";
