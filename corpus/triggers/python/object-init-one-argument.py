# hubls-run: python3 {file} 1; python3 {file} 2
import sys


class User:
    def __int__(self, name):  # typo: __int__ instead of __init__
        self.name = name


class Point:
    def _init_(self, x, y):
        self.x, self.y = x, y


if sys.argv[1] == "1":
    User("ann")
else:
    Point(1, 2)
