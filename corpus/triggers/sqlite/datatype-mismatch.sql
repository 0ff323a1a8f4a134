-- hubls-run: sqlite3 app.db < {file}; python3 -c "import sqlite3; c = sqlite3.connect('app.db'); c.execute('INSERT INTO events (id, kind) VALUES (?, ?)', ('evt-42', 'click'))"
-- an INTEGER PRIMARY KEY is the rowid: it only accepts integers
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT);
INSERT INTO users (id, name) VALUES ('abc', 'Ada');
