#!/bin/sh
# uvicorn start-up errors: wrong module path, wrong attribute name, and a port that is already taken.
# needs: pip install fastapi uvicorn
# hubls-run: sh {file}
mkdir -p app
cat > app/main.py <<'PY'
from fastapi import FastAPI

api = FastAPI()
PY
timeout 20 uvicorn main:app --port 18741 2>&1 | grep ERROR
timeout 20 uvicorn app.main:app --port 18741 2>&1 | grep ERROR
timeout 20 uvicorn server:application --port 18741 2>&1 | grep ERROR
# Hold a port with a plain socket, then start uvicorn on the same port (two interfaces).
python3 - <<'PY'
import socket
import subprocess

for host, port in (("127.0.0.1", 18742), ("0.0.0.0", 18743)):
    holder = socket.socket()
    holder.bind((host, port))
    holder.listen()
    run = subprocess.run(["uvicorn", "app.main:api", "--host", host, "--port", str(port)],
                         capture_output=True, text=True, timeout=20)
    print(run.stderr)
    holder.close()
PY
