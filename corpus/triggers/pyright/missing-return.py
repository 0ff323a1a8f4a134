# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1


def label(status: int) -> str:
    if status == 200:
        return "ok"
