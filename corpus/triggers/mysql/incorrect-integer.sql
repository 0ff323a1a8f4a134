-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -D hubls_int -e "INSERT INTO items (id, qty) VALUES ('', 1)"
CREATE DATABASE IF NOT EXISTS hubls_int;
USE hubls_int;
DROP TABLE IF EXISTS items;
CREATE TABLE items (id INT PRIMARY KEY, qty INT NOT NULL);
-- strict mode (the default sql_mode) rejects text in an integer column
INSERT INTO items (id, qty) VALUES (1, 'three');
