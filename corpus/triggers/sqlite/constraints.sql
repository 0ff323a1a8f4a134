-- hubls-run: sqlite3 app.db < {file}; python3 -c "import sqlite3; c = sqlite3.connect('app.db'); c.execute('INSERT INTO tags (slug, label) VALUES (?, ?)', ('rust', 'Rust'))"; python3 -c "import sqlite3; c = sqlite3.connect('app.db'); c.execute('INSERT INTO tags (slug, label) VALUES (?, ?)', ('go', None))"
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
CREATE TABLE tags (slug TEXT PRIMARY KEY, label TEXT NOT NULL);
INSERT INTO users (email, name) VALUES ('ada@example.com', 'Ada');
INSERT INTO tags (slug, label) VALUES ('rust', 'Rust');
INSERT INTO users (email, name) VALUES ('ada@example.com', 'Ada L.');
INSERT INTO users (email) VALUES ('grace@example.com');
