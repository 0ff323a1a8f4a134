# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
import os


def get_port() -> int:
    return os.environ["PORT"]


def get_home() -> str:
    return os.environ.get("HOME")
