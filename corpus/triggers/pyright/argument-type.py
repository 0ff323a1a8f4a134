# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
import os


def set_retries(count: int) -> None:
    pass


def greet(name: str) -> None:
    pass


set_retries(os.environ["RETRIES"])
greet(os.environ.get("USER"))
