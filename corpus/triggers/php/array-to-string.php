<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
$tags = ['php', 'pdo'];
echo "Tags: " . $tags . "\n";
$row = ['id' => 1];
$sql = "SELECT * FROM t WHERE id = $row";
