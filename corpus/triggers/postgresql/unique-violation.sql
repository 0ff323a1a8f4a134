-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_uniq; INSERT INTO tags (slug) VALUES ('rust')"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_uniq CASCADE;
CREATE SCHEMA hubls_uniq;
SET search_path = hubls_uniq;
CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE tags (slug text PRIMARY KEY);
INSERT INTO users (email) VALUES ('ada@example.com');
INSERT INTO tags (slug) VALUES ('rust');
INSERT INTO users (email) VALUES ('ada@example.com');
