-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_col; SELECT id FROM users WHERE name = \"Ada\""
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_col CASCADE;
CREATE SCHEMA hubls_col;
SET search_path = hubls_col;
CREATE TABLE users (id int PRIMARY KEY, name text, email text);
SELECT u.id, u.emial FROM users u;
