# hubls-run: python3 {file} 1; python3 {file} 2
import sys


def load_rows():
    rows = [1, 2]
    rows.sort()  # returns None; the function forgets to return


def min_max(values):
    if values:
        return min(values), max(values)


if sys.argv[1] == "1":
    for row in load_rows():
        print(row)
else:
    low, high = min_max([])
