# hubls-needs: mariadb
# hubls-run: pip install -q pymysql >/dev/null 2>&1; sh {file}
# Two sessions lock rows 1 and 2 in opposite order; InnoDB kills one of them.
mariadb -e "CREATE DATABASE IF NOT EXISTS hubls_deadlock; USE hubls_deadlock; DROP TABLE IF EXISTS stock; CREATE TABLE stock (id INT PRIMARY KEY, qty INT) ENGINE=InnoDB; INSERT INTO stock VALUES (1, 10), (2, 20)"
mariadb -D hubls_deadlock -e "BEGIN; UPDATE stock SET qty = qty - 1 WHERE id = 1; SELECT SLEEP(1) INTO @x; UPDATE stock SET qty = qty - 1 WHERE id = 2; COMMIT" &
mariadb -D hubls_deadlock -e "BEGIN; UPDATE stock SET qty = qty + 1 WHERE id = 2; SELECT SLEEP(1) INTO @x; UPDATE stock SET qty = qty + 1 WHERE id = 1; COMMIT" &
wait
sleep 0.2
python3 - <<'PY'
import threading, time
import pymysql  # pip install pymysql

def transfer(first, second):
    conn = pymysql.connect(unix_socket="/run/mysqld/mysqld.sock", user="root", database="hubls_deadlock")
    try:
        with conn.cursor() as cur:
            cur.execute("BEGIN")
            cur.execute("UPDATE stock SET qty = qty - 1 WHERE id = %s", (first,))
            time.sleep(1)
            cur.execute("UPDATE stock SET qty = qty + 1 WHERE id = %s", (second,))
        conn.commit()
    except pymysql.err.OperationalError as exc:
        print(f"pymysql.err.OperationalError: {exc}")

threads = [threading.Thread(target=transfer, args=(1, 2)), threading.Thread(target=transfer, args=(2, 1))]
for t in threads: t.start()
for t in threads: t.join()
PY
