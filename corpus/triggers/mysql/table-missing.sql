-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -D hubls_missing -e "SELECT * FROM Customers"
CREATE DATABASE IF NOT EXISTS hubls_missing;
USE hubls_missing;
DROP TABLE IF EXISTS customers;
CREATE TABLE customers (id INT PRIMARY KEY);
SELECT id FROM user_accounts;
