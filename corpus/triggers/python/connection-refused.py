# Nothing listens on the chosen ports (a freshly freed ephemeral port, and port 1).
# hubls-run: python3 {file}; python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:1/health')"
import socket

sock = socket.create_connection(("127.0.0.1", 1), timeout=2)
