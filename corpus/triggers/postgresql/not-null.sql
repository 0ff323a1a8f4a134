-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_nn; INSERT INTO orders (id, status) VALUES (1, NULL)"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_nn CASCADE;
CREATE SCHEMA hubls_nn;
SET search_path = hubls_nn;
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL, name text);
CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL);
INSERT INTO users (name) VALUES ('Ada');
