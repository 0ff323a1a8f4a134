<?php
$pdo = new PDO('sqlite::memory:');
function findUser($id) {
    $stmt = $pdo->prepare('SELECT * FROM users WHERE id = ?');
    return $stmt->execute([$id]);
}
findUser(1);
