-- hubls-run: sqlite3 app.db < {file}; python3 -c "import sqlite3; c = sqlite3.connect('app.db'); c.execute('PRAGMA foreign_keys = ON'); c.execute('INSERT INTO payments (account_code) VALUES (?)', ('A1',))"
PRAGMA foreign_keys = ON;
CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT);
CREATE TABLE accounts (id INTEGER PRIMARY KEY, code TEXT);
-- the parent columns are neither PRIMARY KEY nor UNIQUE
CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_email TEXT REFERENCES customers (email));
CREATE TABLE payments (id INTEGER PRIMARY KEY, account_code TEXT REFERENCES accounts (code));
INSERT INTO orders (customer_email) VALUES ('ada@example.com');
