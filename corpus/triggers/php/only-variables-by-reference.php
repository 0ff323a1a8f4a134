<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d error_reporting=-1 {file}
$file = 'report.final.pdf';
$ext = end(explode('.', $file));
$first = array_shift(array_keys(['a' => 1, 'b' => 2]));
echo $ext, ' ', $first, "\n";
