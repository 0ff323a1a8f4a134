# hubls-run: python3 {file} 1; python3 {file} 2
import sys


def connect(host, port=5432, *, timeout=10):
    return host, port, timeout


class Repo:
    def __init__(self, name, owner="me"):
        self.name = name


if sys.argv[1] == "1":
    connect("db", host="replica")
else:
    Repo("hubls", name="other")
