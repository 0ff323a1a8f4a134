-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_syn; SELECT id, name, FROM users"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_syn CASCADE;
CREATE SCHEMA hubls_syn;
SET search_path = hubls_syn;
-- USER is a reserved word
CREATE TABLE user (id int PRIMARY KEY, name text);
CREATE TABLE users (id int PRIMARY KEY, name text);
