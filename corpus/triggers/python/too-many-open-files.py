# The descriptor limit is lowered to make the leak fail quickly (default limits are often 1024).
# hubls-run: python3 {file} 1; python3 {file} 2
import resource
import socket
import sys

resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
handles = []
if sys.argv[1] == "1":
    for i in range(100):
        handles.append(open("too-many-open-files.py"))
else:
    for i in range(100):
        handles.append(socket.socket())
