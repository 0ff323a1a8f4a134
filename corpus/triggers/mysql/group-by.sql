-- hubls-needs: mariadb
-- hubls-run: mariadb < {file}; mariadb -D hubls_group -e "SET sql_mode = 'ONLY_FULL_GROUP_BY'; SELECT customer_id, status, COUNT(*) FROM orders GROUP BY customer_id"
CREATE DATABASE IF NOT EXISTS hubls_group;
USE hubls_group;
DROP TABLE IF EXISTS orders;
CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT, status VARCHAR(10), total INT);
SET sql_mode = CONCAT(@@sql_mode, ',ONLY_FULL_GROUP_BY');
SELECT customer_id, total, SUM(total) FROM orders GROUP BY customer_id;
