<?php
// A long-lived worker whose connection was closed by the server (wait_timeout) before the next query.
// hubls-needs: mariadb
// hubls-run: php -d display_errors=1 -d log_errors=0 {file}
$pdo = new PDO('mysql:unix_socket=/run/mysqld/mysqld.sock;dbname=mysql', 'root', '', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$pdo->exec('SET SESSION wait_timeout = 1');
sleep(3);
try {
    $pdo->query('SELECT 1');
} catch (PDOException $e) {
    echo 'PDOException: ', $e->getMessage(), "\n";
}
$pdo2 = new PDO('mysql:unix_socket=/run/mysqld/mysqld.sock;dbname=mysql', 'root', '', [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$id = $pdo2->query('SELECT CONNECTION_ID()')->fetchColumn();
$killer = new PDO('mysql:unix_socket=/run/mysqld/mysqld.sock', 'root', '');
$killer->exec("KILL $id");
$stmt = $pdo2->prepare('SELECT * FROM user WHERE User = ?');
$stmt->execute(['root']);
