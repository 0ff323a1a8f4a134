-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_rel; CREATE TABLE \"OrderItems\" (id int); SELECT * FROM OrderItems"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_rel CASCADE;
CREATE SCHEMA hubls_rel;
SET search_path = hubls_rel;
CREATE TABLE customers (id int PRIMARY KEY);
SELECT id FROM user_accounts;
