# hubls-needs: postgres
# hubls-run: pip install -q psycopg2-binary >/dev/null 2>&1; sh {file}
# Two sessions update rows 1 and 2 in opposite order; PostgreSQL aborts one of them.
psql -X -q -c "SET client_min_messages = warning; DROP SCHEMA IF EXISTS hubls_dl CASCADE; CREATE SCHEMA hubls_dl; CREATE TABLE hubls_dl.stock (id int PRIMARY KEY, qty int); INSERT INTO hubls_dl.stock VALUES (1, 10), (2, 20)"
psql -X -q -c "SET deadlock_timeout = '200ms'" -c "BEGIN; UPDATE hubls_dl.stock SET qty = qty - 1 WHERE id = 1; SELECT pg_sleep(1); UPDATE hubls_dl.stock SET qty = qty - 1 WHERE id = 2; COMMIT" >/dev/null &
psql -X -q -c "SET deadlock_timeout = '200ms'" -c "BEGIN; UPDATE hubls_dl.stock SET qty = qty + 1 WHERE id = 2; SELECT pg_sleep(1); UPDATE hubls_dl.stock SET qty = qty + 1 WHERE id = 1; COMMIT" >/dev/null &
wait
python3 - <<'PY'
import threading, time
import psycopg2

def transfer(first, second):
    conn = psycopg2.connect(host="/tmp", user="postgres", dbname="postgres")
    cur = conn.cursor()
    cur.execute("SET deadlock_timeout = '200ms'")
    try:
        cur.execute("UPDATE hubls_dl.stock SET qty = qty - 1 WHERE id = %s", (first,))
        time.sleep(1)
        cur.execute("UPDATE hubls_dl.stock SET qty = qty + 1 WHERE id = %s", (second,))
        conn.commit()
    except psycopg2.Error as exc:
        print(f"{type(exc).__module__}.{type(exc).__name__}: {exc}".splitlines()[0])

threads = [threading.Thread(target=transfer, args=(1, 2)), threading.Thread(target=transfer, args=(2, 1))]
for t in threads: t.start()
for t in threads: t.join()
PY
