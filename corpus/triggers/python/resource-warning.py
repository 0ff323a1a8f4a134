# ResourceWarnings are hidden by default; -W default shows them (pytest shows them too).
# hubls-run: python3 -W default {file}
import socket


def read_config():
    return open("resource-warning.py").read()


def ping():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    return sock.family


read_config()
ping()
