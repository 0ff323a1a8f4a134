# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
import os


def get_port() -> int:
    return os.environ["PORT"]


def get_home() -> str:
    return os.environ.get("HOME")
