# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
def connect(host: str = None) -> None:
    pass


def fetch(url: str, timeout: float = None) -> None:
    pass
