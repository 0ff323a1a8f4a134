# hubls-run: python3 {file}
import asyncio
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

# asyncio words the same failure differently and names the address. The port is fixed so the
# message is stable: hold 8765 (if something else already holds it, start_server fails the same way).
holder = socket.socket()
try:
    holder.bind(("127.0.0.1", 8765))
    holder.listen()
except OSError:
    pass


async def serve():
    async def handle(reader, writer):
        writer.close()

    await asyncio.start_server(handle, "127.0.0.1", 8765)


asyncio.run(serve())
