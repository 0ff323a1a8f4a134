# hubls-run: sh {file}
# The directory of the database file does not exist.
sqlite3 /tmp/hubls-trigger/data/app.db "CREATE TABLE t (id INTEGER)"
python3 -c "import sqlite3; sqlite3.connect('instance/db.sqlite3')"
