# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=inconsistent-return-statements {file}
# hubls-tool: pylint


def find(users, name):
    for user in users:
        if user.name == name:
            return user


def parse(text):
    if text.isdigit():
        return int(text)
    elif text:
        return
