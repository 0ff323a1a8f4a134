# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
import os


def handle(data: os) -> None:
    pass


def parse(text: str) -> any:
    return text
