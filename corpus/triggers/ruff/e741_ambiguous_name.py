# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select E741,E742,E743 {file}
# hubls-tool: ruff


def total(lines):
    l = len(lines)
    for I in range(l):
        print(I)
    O = 0
    return O


def l():
    return 1


class I:
    pass
