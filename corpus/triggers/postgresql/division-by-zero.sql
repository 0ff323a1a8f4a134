-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_div; SELECT sum(amount) / count(*) FILTER (WHERE refunded) FROM payments"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_div CASCADE;
CREATE SCHEMA hubls_div;
SET search_path = hubls_div;
CREATE TABLE payments (id int PRIMARY KEY, amount numeric, refunded boolean);
INSERT INTO payments VALUES (1, 10, false);
SELECT id, amount / 0 AS share FROM payments;
