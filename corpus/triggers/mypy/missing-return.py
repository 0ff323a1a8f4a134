# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
def sign(x: int) -> int:
    if x > 0:
        return 1
    elif x < 0:
        return -1


def label(status: int) -> str:
    if status == 200:
        return "ok"
