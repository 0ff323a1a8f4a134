# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=unused-argument {file}
# hubls-tool: pylint


def handler(event, context):
    return event


def save(user, commit=True):
    print(user)
