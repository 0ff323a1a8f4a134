-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -D hubls_long -e "INSERT INTO users (name, country) VALUES ('Ada', 'Germany')"
CREATE DATABASE IF NOT EXISTS hubls_long;
USE hubls_long;
DROP TABLE IF EXISTS users;
CREATE TABLE users (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(10), country CHAR(2));
INSERT INTO users (name, country) VALUES ('Ada Lovelace-Byron', 'GB');
