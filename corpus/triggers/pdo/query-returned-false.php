<?php
// Legacy error mode: failures return false instead of throwing.
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} query; php -d display_errors=1 -d log_errors=0 {file} prepare
$pdo = new PDO('sqlite::memory:', null, null, [PDO::ATTR_ERRMODE => PDO::ERRMODE_SILENT]);
$pdo->exec('CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)');
if ($argv[1] === 'query') {
    $rows = $pdo->query('SELECT * FROM user')->fetchAll();
} else {
    $stmt = $pdo->prepare('SELECT * FROM users WHERE emial = ?');
    $stmt->execute(['ann@example.com']);
}
