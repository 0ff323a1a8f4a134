<?php
// An INSERT that omits a NOT NULL column without default, under MariaDB's default strict sql_mode.
// hubls-needs: mariadb
// hubls-run: mariadb -e "CREATE DATABASE IF NOT EXISTS hubls_pdo"; php -d display_errors=1 -d log_errors=0 {file}
$pdo = new PDO('mysql:unix_socket=/run/mysqld/mysqld.sock;dbname=hubls_pdo', 'root', '');
$pdo->exec('DROP TABLE IF EXISTS posts');
$pdo->exec('CREATE TABLE posts (id INT AUTO_INCREMENT PRIMARY KEY, user_id INT NOT NULL, title VARCHAR(200) NOT NULL)');
$pdo->prepare('INSERT INTO posts (title) VALUES (?)')->execute(['Hello']);
