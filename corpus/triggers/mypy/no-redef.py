# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
class Config:
    pass


class Config:
    pass


def handler() -> None:
    pass


def handler() -> None:
    pass
