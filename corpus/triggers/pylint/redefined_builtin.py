# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=redefined-builtin {file}
# hubls-tool: pylint


def process(input, type="json"):
    list = input.split(",")
    return list, type
