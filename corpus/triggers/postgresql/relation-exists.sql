-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_relx; CREATE INDEX idx_sessions_user ON sessions (user_id)"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_relx CASCADE;
CREATE SCHEMA hubls_relx;
SET search_path = hubls_relx;
CREATE TABLE sessions (id int PRIMARY KEY, user_id int);
CREATE INDEX idx_sessions_user ON sessions (user_id);
CREATE TABLE sessions (id int PRIMARY KEY, user_id int);
