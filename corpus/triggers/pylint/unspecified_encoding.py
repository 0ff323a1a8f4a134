# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=unspecified-encoding {file}
# hubls-tool: pylint
import pathlib


def read(path):
    with open(path) as handle:
        return handle.read()


def write(path, text):
    pathlib.Path(path).write_text(text)
