# hubls-run: python3 {file}
import socket
import subprocess
import sys

first = socket.socket()
first.bind(("127.0.0.1", 0))
first.listen()
port = first.getsockname()[1]

second = socket.socket()
try:
    second.bind(("127.0.0.1", port))
except OSError as exc:
    print(f"OSError: {exc}")

code = f"import http.server as h; h.HTTPServer(('127.0.0.1', {port}), h.SimpleHTTPRequestHandler)"
subprocess.run([sys.executable, "-c", code])
