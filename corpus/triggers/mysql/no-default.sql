-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -D hubls_nodef -e "INSERT INTO orders (id) VALUES (1)"
CREATE DATABASE IF NOT EXISTS hubls_nodef;
USE hubls_nodef;
DROP TABLE IF EXISTS users, orders;
CREATE TABLE users (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(100) NOT NULL, name VARCHAR(50));
CREATE TABLE orders (id INT PRIMARY KEY, status VARCHAR(20) NOT NULL);
INSERT INTO users (name) VALUES ('Ada');
INSERT INTO users (email, name) VALUES (NULL, 'Grace');
