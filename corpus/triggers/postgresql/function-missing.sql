-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_fn; SELECT date_format(created_at, 'YYYY-MM') FROM orders"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_fn CASCADE;
CREATE SCHEMA hubls_fn;
SET search_path = hubls_fn;
CREATE TABLE orders (id int PRIMARY KEY, created_at timestamptz, total numeric);
-- MySQL functions do not exist in PostgreSQL
SELECT ifnull(total, 0) FROM orders;
