# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select F632 {file}
# hubls-tool: ruff


def check(status, code):
    if status is "ok":
        return True
    return code is not 200
