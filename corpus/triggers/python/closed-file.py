# hubls-run: python3 {file} 1; python3 {file} 2
import sys

with open("log.txt", "w") as fh:
    fh.write("start\n")

if sys.argv[1] == "1":
    fh.write("done\n")
else:
    with open("log.txt") as src:
        lines = src
    print(next(lines))
