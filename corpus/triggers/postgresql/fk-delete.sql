-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_fkdel; DELETE FROM accounts WHERE id = 3"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_fkdel CASCADE;
CREATE SCHEMA hubls_fkdel;
SET search_path = hubls_fkdel;
CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id));
CREATE TABLE accounts (id int PRIMARY KEY);
CREATE TABLE invoices (id int PRIMARY KEY, account_id int, CONSTRAINT fk_invoices_account FOREIGN KEY (account_id) REFERENCES accounts (id));
INSERT INTO customers VALUES (7); INSERT INTO orders VALUES (1, 7);
INSERT INTO accounts VALUES (3); INSERT INTO invoices VALUES (1, 3);
DELETE FROM customers WHERE id = 7;
