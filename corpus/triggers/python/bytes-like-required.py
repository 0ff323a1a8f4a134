# hubls-run: python3 {file}; python3 -c "import sys; print(b'id=' + 'x')"
import socket

a, b = socket.socketpair()
a.sendall("PING\r\n")
