<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
function load_items() { return null; }
foreach (load_items() as $item) { echo $item; }
$settings = "a,b";
foreach ($settings as $s) { echo $s; }
echo "done\n";
