# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=cell-var-from-loop {file}
# hubls-tool: pylint


def make_handlers(names):
    handlers = []
    for name in names:
        handlers.append(lambda: print(name))
    for i in range(3):
        def show():
            return i
        handlers.append(show)
    return handlers
