-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_inp; SELECT * FROM items WHERE qty = ''"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_inp CASCADE;
CREATE SCHEMA hubls_inp;
SET search_path = hubls_inp;
CREATE TABLE items (id int PRIMARY KEY, qty int);
INSERT INTO items (id, qty) VALUES (1, 'three');
SELECT '2024-13-45'::date;
