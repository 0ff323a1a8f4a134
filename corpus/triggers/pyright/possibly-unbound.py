# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
import os

if os.environ.get("DEBUG"):
    level = "debug"
print(level)

try:
    conn = open("/etc/app.conf")
except OSError:
    pass
print(conn.read())
