# hubls-run: python3 {file} 1; python3 {file} 2
import copy
import sys


def factorial(n):
    return n * factorial(n - 1)


class Settings:
    def __deepcopy__(self, memo):
        return copy.deepcopy(self)


if sys.argv[1] == "1":
    factorial(5)
else:
    copy.deepcopy(Settings())
