# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=global-statement {file}
# hubls-tool: pylint
_CONNECTION = None
_COUNT = 0


def connect():
    global _CONNECTION
    _CONNECTION = object()


def bump():
    global _COUNT
    _COUNT += 1
