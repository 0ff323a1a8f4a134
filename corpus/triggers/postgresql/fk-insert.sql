-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "INSERT INTO hubls_fk.invoices (account_id, total) VALUES (42, 10)"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_fk CASCADE;
CREATE SCHEMA hubls_fk;
SET search_path = hubls_fk;
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE accounts (id int PRIMARY KEY);
CREATE TABLE orders (id serial PRIMARY KEY, customer_id int NOT NULL REFERENCES customers (id));
CREATE TABLE invoices (
  id serial PRIMARY KEY,
  account_id int NOT NULL,
  total int,
  CONSTRAINT fk_invoices_account FOREIGN KEY (account_id) REFERENCES accounts (id)
);
-- the parent row 7 was never inserted
INSERT INTO orders (customer_id) VALUES (7);
