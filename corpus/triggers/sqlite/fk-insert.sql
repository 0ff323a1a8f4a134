-- hubls-run: sqlite3 shop.db < {file}; python3 -c "import sqlite3; c = sqlite3.connect('shop.db'); c.execute('PRAGMA foreign_keys = ON'); c.execute('INSERT INTO invoices (account_id) VALUES (42)')"
PRAGMA foreign_keys = ON;
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE accounts (id INTEGER PRIMARY KEY);
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id));
CREATE TABLE invoices (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts (id));
-- the parent row 7 was never inserted
INSERT INTO orders (customer_id) VALUES (7);
