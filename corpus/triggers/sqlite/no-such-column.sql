-- hubls-run: sqlite3 app.db < {file}; python3 -c "import sqlite3; c = sqlite3.connect('app.db'); c.execute('SELECT id, emial FROM users')"
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT);
-- a string literal without quotes is read as a column name
SELECT id FROM users WHERE name = Ada;
