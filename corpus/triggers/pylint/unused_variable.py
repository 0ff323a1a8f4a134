# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=unused-variable {file}
# hubls-tool: pylint


def load(path):
    with open(path, encoding="utf-8") as handle:
        data = handle.read()
    return path


def parse(text):
    result = None
    try:
        return int(text)
    except ValueError as exc:
        return result
