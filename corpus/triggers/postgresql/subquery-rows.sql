-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_sub; SELECT id, (SELECT name FROM tags) AS tag FROM posts"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_sub CASCADE;
CREATE SCHEMA hubls_sub;
SET search_path = hubls_sub;
CREATE TABLE customers (id int PRIMARY KEY, email text);
CREATE TABLE orders (id int PRIMARY KEY, customer_id int);
CREATE TABLE posts (id int PRIMARY KEY);
CREATE TABLE tags (name text);
INSERT INTO customers VALUES (1, 'a@x'), (2, 'b@x'); INSERT INTO orders VALUES (1, 1), (2, 2);
INSERT INTO posts VALUES (1); INSERT INTO tags VALUES ('a'), ('b');
UPDATE orders SET customer_id = (SELECT id FROM customers WHERE email LIKE '%@x');
