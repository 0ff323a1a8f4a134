# hubls-needs: mariadb
# hubls-run: pip install -q pymysql >/dev/null 2>&1; sh {file}
# Session A holds a row lock for 4 s; session B waits longer than innodb_lock_wait_timeout (1 s).
mariadb -e "CREATE DATABASE IF NOT EXISTS hubls_lock; USE hubls_lock; DROP TABLE IF EXISTS accounts; CREATE TABLE accounts (id INT PRIMARY KEY, balance INT) ENGINE=InnoDB; INSERT INTO accounts VALUES (1, 100), (2, 50)"
mariadb -D hubls_lock -e "BEGIN; UPDATE accounts SET balance = balance - 10 WHERE id = 1; SELECT SLEEP(4) INTO @x; COMMIT" &
sleep 1
mariadb -D hubls_lock -e "SET SESSION innodb_lock_wait_timeout = 1; UPDATE accounts SET balance = 0 WHERE id = 1"
python3 - <<'PY'
import pymysql  # pip install pymysql
conn = pymysql.connect(unix_socket="/run/mysqld/mysqld.sock", user="root", database="hubls_lock")
with conn.cursor() as cur:
    cur.execute("SET SESSION innodb_lock_wait_timeout = 1")
    cur.execute("SELECT * FROM accounts WHERE id = 1 FOR UPDATE")
PY
wait
