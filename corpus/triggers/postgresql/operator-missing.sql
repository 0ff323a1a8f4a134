-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_op; SELECT * FROM users WHERE id = '7'::text"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_op CASCADE;
CREATE SCHEMA hubls_op;
SET search_path = hubls_op;
CREATE TABLE users (id int PRIMARY KEY, name text);
CREATE TABLE events (id int PRIMARY KEY, user_ref text, created_at timestamptz);
SELECT e.id FROM events e JOIN users u ON u.id = e.user_ref;
SELECT id FROM events WHERE created_at > 1700000000;
