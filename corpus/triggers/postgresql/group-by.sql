-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_grp; SELECT customer_id, status, count(*) FROM orders GROUP BY customer_id"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_grp CASCADE;
CREATE SCHEMA hubls_grp;
SET search_path = hubls_grp;
CREATE TABLE orders (id int PRIMARY KEY, customer_id int, status text, total int);
SELECT customer_id, total, sum(total) FROM orders GROUP BY customer_id;
