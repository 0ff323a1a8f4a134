# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=too-few-public-methods {file}
# hubls-tool: pylint


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Greeter:
    def greet(self):
        return "hi"
