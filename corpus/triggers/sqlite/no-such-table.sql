-- hubls-run: sqlite3 app.db < {file}; python3 -c "import sqlite3; sqlite3.connect('other.db').execute('SELECT * FROM customers')"
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);
SELECT id FROM user_accounts;
