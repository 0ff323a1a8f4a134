# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
def connect(host: str, port: int = 5432) -> None:
    pass


connect("db", timeout=5)
connect(hostname="db")
