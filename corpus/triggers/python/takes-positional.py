# hubls-run: python3 {file} 1; python3 {file} 2
import sys


class Cart:
    def total():
        return 0


def greet(name):
    return f"hi {name}"


if sys.argv[1] == "1":
    Cart().total()
else:
    greet("ann", "bob")
