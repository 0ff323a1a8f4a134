<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 -d error_reporting=-1 {file}
$name = $_GET['name'] ?? null;
echo strlen($name), "\n";
$title = null;
echo htmlspecialchars($title), "\n";
echo trim(null), "\n";
