-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_amb; SELECT name FROM customers c JOIN accounts a ON a.customer_id = c.id"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_amb CASCADE;
CREATE SCHEMA hubls_amb;
SET search_path = hubls_amb;
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int, created_at date);
CREATE TABLE accounts (id int PRIMARY KEY, customer_id int, name text);
SELECT id, created_at FROM orders o JOIN customers c ON c.id = o.customer_id;
