# hubls-needs: postgres
# hubls-run: sh {file}
# Two REPEATABLE READ / SERIALIZABLE transactions update the same row; the second one must retry.
psql -X -q -c "SET client_min_messages = warning; DROP SCHEMA IF EXISTS hubls_ser CASCADE; CREATE SCHEMA hubls_ser; CREATE TABLE hubls_ser.accounts (id int PRIMARY KEY, balance int); INSERT INTO hubls_ser.accounts VALUES (1, 100), (2, 100)"
psql -X -q -c "BEGIN ISOLATION LEVEL REPEATABLE READ" -c "SELECT balance FROM hubls_ser.accounts WHERE id = 1" -c "SELECT pg_sleep(1)" -c "UPDATE hubls_ser.accounts SET balance = balance - 10 WHERE id = 1" -c "COMMIT" >/dev/null &
sleep 0.3
psql -X -q -c "UPDATE hubls_ser.accounts SET balance = balance + 5 WHERE id = 1" >/dev/null
wait
# write skew under SERIALIZABLE: both read the total, each updates a different row
psql -X -q -c "BEGIN ISOLATION LEVEL SERIALIZABLE" -c "SELECT sum(balance) FROM hubls_ser.accounts" -c "SELECT pg_sleep(1)" -c "UPDATE hubls_ser.accounts SET balance = balance - 150 WHERE id = 1" -c "COMMIT" >/dev/null &
psql -X -q -c "BEGIN ISOLATION LEVEL SERIALIZABLE" -c "SELECT sum(balance) FROM hubls_ser.accounts" -c "SELECT pg_sleep(1)" -c "UPDATE hubls_ser.accounts SET balance = balance - 150 WHERE id = 2" -c "COMMIT" >/dev/null &
wait
