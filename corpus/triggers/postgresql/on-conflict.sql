-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_oc; INSERT INTO users (email, name) VALUES ('b@x.io', 'B') ON CONFLICT (name) DO NOTHING"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_oc CASCADE;
CREATE SCHEMA hubls_oc;
SET search_path = hubls_oc;
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, name text);
INSERT INTO users (email, name) VALUES ('ada@example.com', 'Ada') ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name;
