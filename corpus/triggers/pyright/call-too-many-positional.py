# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
def send(message: str) -> None:
    pass


def connect(host: str, port: int) -> None:
    pass


send("hi", "now")
connect("db", 5432, 10)
