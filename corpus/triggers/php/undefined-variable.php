<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
function greet() {
    return "Hello, " . $username;
}
function total(array $items) {
    foreach ($items as $item) { $sum += $item; }
    return $sum ?? 0;
}
echo greet(), "\n";
echo total([1, 2]), "\n";
