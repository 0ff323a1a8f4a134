# hubls-run: sh {file}
# The database belongs to root; the web server user (here: nobody) cannot write it.
sqlite3 app.db "CREATE TABLE visits (id INTEGER PRIMARY KEY, path TEXT)"
chmod 755 . && chmod 644 app.db
su nobody -s /bin/sh -c "sqlite3 app.db \"INSERT INTO visits (path) VALUES ('/home')\""
su nobody -s /bin/sh -c "python3 -c \"import sqlite3; c = sqlite3.connect('app.db'); c.execute('UPDATE visits SET path = ?', ('/',))\""
python3 -c "import sqlite3; c = sqlite3.connect('file:app.db?mode=ro', uri=True); c.execute('DELETE FROM visits')"
