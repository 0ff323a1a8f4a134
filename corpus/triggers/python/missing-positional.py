# hubls-run: python3 {file} 1; python3 {file} 2
import sys


def send_email(to, subject):
    print(to, subject)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


if sys.argv[1] == "1":
    send_email("ops@example.com")
else:
    Point(1)
