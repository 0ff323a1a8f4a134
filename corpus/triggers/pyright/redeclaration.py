# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
class Config:
    pass


class Config:
    pass


def handler() -> None:
    pass


def handler() -> None:
    pass
