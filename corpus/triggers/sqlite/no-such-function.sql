-- hubls-run: sqlite3 app.db < {file}; python3 -c "import sqlite3; c = sqlite3.connect('app.db'); c.execute('SELECT DATE_FORMAT(created_at, ?) FROM orders', ('%Y',))"
CREATE TABLE orders (id INTEGER PRIMARY KEY, created_at TEXT, total REAL);
-- functions of other databases
SELECT NOW();
