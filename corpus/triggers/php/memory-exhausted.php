<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d memory_limit=8M {file}; php -d display_errors=1 -d log_errors=0 -d memory_limit=16M {file}
$rows = [];
for ($i = 0; ; $i++) {
    $rows[] = str_repeat('x', 1024) . $i;
}
