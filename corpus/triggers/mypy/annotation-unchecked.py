# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
def load(path):
    retries: int = "3"
    return path


def save(data):
    count: int = 0
    count = "many"
