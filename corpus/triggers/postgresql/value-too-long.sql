-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_len; INSERT INTO users (name, country) VALUES ('Ada', 'Germany')"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_len CASCADE;
CREATE SCHEMA hubls_len;
SET search_path = hubls_len;
CREATE TABLE users (id serial PRIMARY KEY, name varchar(10), country char(2));
INSERT INTO users (name, country) VALUES ('Ada Lovelace-Byron', 'GB');
