# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=no-else-return,no-else-raise {file}
# hubls-tool: pylint


def sign(x):
    if x < 0:
        return -1
    else:
        return 1


def check(value):
    if value is None:
        raise ValueError("value is required")
    elif value < 0:
        return 0
    return value


def grade(score):
    if score > 90:
        return "A"
    elif score > 80:
        return "B"
    return "C"
