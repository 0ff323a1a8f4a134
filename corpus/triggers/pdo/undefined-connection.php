<?php
// hubls-run: php -d display_errors=1 -d log_errors=0 {file} pdo; php -d display_errors=1 -d log_errors=0 {file} db
$pdo = new PDO('sqlite::memory:');
$pdo->exec('CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)');
$db = $pdo;

function find_user($id) {
    $stmt = $pdo->prepare('SELECT * FROM users WHERE id = ?');
    $stmt->execute([$id]);
    return $stmt->fetch();
}

function count_users() {
    return $db->query('SELECT COUNT(*) FROM users')->fetchColumn();
}

if ($argv[1] === 'pdo') { find_user(1); } else { count_users(); }
