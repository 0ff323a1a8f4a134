-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_ty; INSERT INTO events (id, happened_at) VALUES (1, '2024-01-01'::text)"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_ty CASCADE;
CREATE SCHEMA hubls_ty;
SET search_path = hubls_ty;
CREATE TABLE orders (id int PRIMARY KEY, quantity int);
CREATE TABLE events (id int PRIMARY KEY, happened_at timestamptz);
CREATE TABLE staging (id text, qty text);
INSERT INTO staging VALUES ('1', '5');
INSERT INTO orders (id, quantity) SELECT id::int, qty FROM staging;
