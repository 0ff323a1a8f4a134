<?php
// SQL errors raised by MariaDB through PDO in exception mode (the default since PHP 8.0).
// hubls-needs: mariadb
// hubls-run: mariadb -e "CREATE DATABASE IF NOT EXISTS hubls_pdo"; php -d display_errors=1 -d log_errors=0 {file}
$pdo = new PDO('mysql:unix_socket=/run/mysqld/mysqld.sock;dbname=hubls_pdo;charset=utf8mb4', 'root', '', [
    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,
]);
$pdo->exec('DROP TABLE IF EXISTS order_items, orders, customers, users, legacy_notes');
$pdo->exec('CREATE TABLE users (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(190) NOT NULL UNIQUE, username VARCHAR(50) NOT NULL, name VARCHAR(100) NOT NULL, UNIQUE KEY users_username_unique (username))');
$pdo->exec('CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100))');
$pdo->exec('CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, total DECIMAL(10,2), FOREIGN KEY (customer_id) REFERENCES customers(id))');
$pdo->exec('CREATE TABLE legacy_notes (id INT PRIMARY KEY, body VARCHAR(200)) CHARACTER SET utf8mb3');
$pdo->exec("INSERT INTO customers VALUES (1, 'ACME')");
$pdo->exec("INSERT INTO orders (customer_id, total) VALUES (1, 10)");
$pdo->exec("INSERT INTO users (email, username, name) VALUES ('ann@example.com', 'ann', 'Ann')");

$statements = [
    ['SELECT * FROM user WHERE id = ?', [1]],
    ['SELECT * FROM products', []],
    ['SELECT id, emial FROM users', []],
    ['SELECT * FROM users WHERE user_name = ?', ['ann']],
    ['SELECT * FROM users ORDER BY created_at DESC', []],
    ['INSERT INTO users (email, username, name) VALUES (?, ?, ?)', ['ann@example.com', 'ann2', 'Ann']],
    ['INSERT INTO users (email, username, name) VALUES (?, ?, ?)', ['bob@example.com', 'ann', 'Bob']],
    ['INSERT INTO orders (customer_id, total) VALUES (?, ?)', [42, 9.99]],
    ['DELETE FROM customers WHERE id = ?', [1]],
    ['INSERT INTO users (email, username) VALUES (?, ?)', ['cy@example.com', 'cy']],
    ['SELECT * FROM orders WHERE id = ? AND customer_id = ?', [1]],
    ['SELECT * FROM users WHERE email = :email', ['mail' => 'ann@example.com']],
    ['UPDATE users SET name = ? WHERE id = ?', ['Ann', 1, 'extra']],
    ['SELECT id, order FROM orders', []],
    ['SELECT * FROM users WHERE name = ? LIMIT', ['Ann']],
    ['INSERT INTO legacy_notes (id, body) VALUES (?, ?)', [1, "Great service \u{1F600}"]],
    ['INSERT INTO legacy_notes (id, body) VALUES (?, ?)', [2, "Danke \u{1F44D}"]],
];
foreach ($statements as [$sql, $params]) {
    try {
        $pdo->prepare($sql)->execute($params);
    } catch (PDOException $e) {
        echo 'PDOException: ', $e->getMessage(), "\n";
    }
}
