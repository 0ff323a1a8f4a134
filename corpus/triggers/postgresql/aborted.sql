-- hubls-needs: postgres
-- hubls-run: pip install -q psycopg2-binary >/dev/null 2>&1; psql -X -q -f {file}; python3 -c "$(sed -n 's/^-- py: //p' {file})"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS hubls_abort CASCADE;
CREATE SCHEMA hubls_abort;
SET search_path = hubls_abort;
CREATE TABLE accounts (id int PRIMARY KEY, balance int);
BEGIN;
INSERT INTO accounts VALUES (1, 100);
INSERT INTO accounts VALUES (1, 50);
-- every later statement of this transaction is refused
UPDATE accounts SET balance = 0 WHERE id = 1;
COMMIT;
-- The same from Python: the first error is swallowed, the next query fails.
-- py: import psycopg2
-- py: conn = psycopg2.connect(host="/tmp", user="postgres", dbname="postgres")
-- py: cur = conn.cursor()
-- py: cur.execute("SET search_path = hubls_abort")
-- py: try:
-- py:     cur.execute("INSERT INTO accounts VALUES (1, 100), (1, 100)")
-- py: except psycopg2.IntegrityError:
-- py:     pass  # forgot conn.rollback()
-- py: cur.execute("SELECT balance FROM accounts WHERE id = 1")
