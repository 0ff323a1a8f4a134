-- hubls-run: sqlite3 app.db < {file}; python3 -c "import sqlite3; c = sqlite3.connect('app.db'); c.execute('SELECT name FROM customers c JOIN accounts a ON a.customer_id = c.id')"
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER, created_at TEXT);
CREATE TABLE accounts (id INTEGER PRIMARY KEY, customer_id INTEGER, name TEXT);
SELECT id, created_at FROM orders o JOIN customers c ON c.id = o.customer_id;
