-- hubls-needs: postgres
-- hubls-run: psql -X -q -f {file}; psql -X -q -c "SET search_path = hubls_to; SET statement_timeout = '300ms'; SELECT count(*) FROM generate_series(1, 100000000)"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_to CASCADE;
CREATE SCHEMA hubls_to;
SET search_path = hubls_to;
SET statement_timeout = '200ms';
SELECT pg_sleep(2);
