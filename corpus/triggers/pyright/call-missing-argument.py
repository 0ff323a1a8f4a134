# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
def connect(host: str, port: int) -> None:
    pass


def send(message: str) -> None:
    pass


connect()
send()
