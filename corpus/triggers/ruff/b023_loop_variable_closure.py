# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select B023 {file}
# hubls-tool: ruff


def make_handlers(names):
    handlers = []
    for name in names:
        handlers.append(lambda: print(name))
    for i in range(3):
        def show():
            return i
        handlers.append(show)
    return handlers
