# hubls-run: python3 {file} 1; python3 {file} 2; /root/.pyenv/versions/3.10.13/bin/python3 {file} 1
import sys

counter = 0


def increment():
    counter += 1


def describe(n):
    if n > 0:
        label = "positive"
    return label


if sys.argv[1] == "1":
    increment()
else:
    describe(-1)
