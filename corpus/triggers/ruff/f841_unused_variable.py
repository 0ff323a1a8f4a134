# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select F841 {file}
# hubls-tool: ruff


def load(path):
    handle = open(path)
    data = handle.read()
    return path


def parse(text):
    try:
        return int(text)
    except ValueError as exc:
        return None
