-- hubls-run: sqlite3 app.db < {file}; python3 -c "import sqlite3; c = sqlite3.connect('app.db'); c.execute('CREATE TABLE audit_log (id INTEGER PRIMARY KEY)')"
CREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER);
CREATE TABLE audit_log (id INTEGER PRIMARY KEY);
CREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER);
