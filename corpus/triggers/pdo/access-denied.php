<?php
// hubls-needs: mariadb
// hubls-run: mariadb -e "CREATE USER IF NOT EXISTS 'pdo_app'@'localhost' IDENTIFIED BY 'right-password'; CREATE DATABASE IF NOT EXISTS hubls_pdo; GRANT ALL ON hubls_pdo.* TO 'pdo_app'@'localhost'"; php -d display_errors=1 -d log_errors=0 {file}
$cases = [
    ['mysql:host=localhost;dbname=hubls_pdo', 'pdo_app', 'wrong-password'],
    ['mysql:host=127.0.0.1;dbname=hubls_pdo', 'pdo_app', ''],
    ['mysql:host=127.0.0.1;dbname=hubls_pdo', 'shop_user', ''],
    ['mysql:host=localhost;dbname=secret_db', 'pdo_app', 'right-password'],
];
foreach ($cases as [$dsn, $user, $pass]) {
    try {
        new PDO($dsn, $user, $pass);
    } catch (PDOException $e) {
        echo 'PDOException: ', $e->getMessage(), "\n";
    }
}
