-- hubls-run: sqlite3 app.db < {file}; python3 -c "import sqlite3; sqlite3.connect(':memory:').execute('SELECT id, name, FROM users')"
-- ORDER is a keyword
CREATE TABLE order (id INTEGER PRIMARY KEY, total REAL);
