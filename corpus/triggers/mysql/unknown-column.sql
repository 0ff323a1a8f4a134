-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -D hubls_col -e "SELECT id, emial FROM users"
CREATE DATABASE IF NOT EXISTS hubls_col;
USE hubls_col;
DROP TABLE IF EXISTS users;
CREATE TABLE users (id INT PRIMARY KEY, name VARCHAR(50), email VARCHAR(100));
-- a string literal without quotes is read as a column name
SELECT id FROM users WHERE name = Ada;
