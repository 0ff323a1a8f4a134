# hubls-run: sh {file}
# A writer keeps its transaction open for 3 s; other writers with no or a short busy timeout give up.
sqlite3 app.db "CREATE TABLE jobs (id INTEGER PRIMARY KEY, state TEXT)"
python3 -c "
import sqlite3, time
c = sqlite3.connect('app.db')
c.execute('BEGIN IMMEDIATE')
c.execute(\"INSERT INTO jobs (state) VALUES ('running')\")
time.sleep(3)
c.commit()
" &
sleep 1
sqlite3 app.db "INSERT INTO jobs (state) VALUES ('queued')"
python3 -c "import sqlite3; c = sqlite3.connect('app.db', timeout=0.5); c.execute(\"UPDATE jobs SET state = 'done'\")"
wait
