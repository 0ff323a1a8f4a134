# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
import os


def set_retries(count: int) -> None:
    pass


def greet(name: str) -> None:
    pass


set_retries(os.environ["RETRIES"])
greet(os.environ.get("USER"))
