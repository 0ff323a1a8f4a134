# hubls-run: python3 {file} 1; python3 {file} 2; python3 {file} 3
import io
import sys

with open("log.txt", "w") as fh:
    fh.write("start\n")

if sys.argv[1] == "1":
    fh.write("done\n")
elif sys.argv[1] == "2":
    with open("log.txt") as src:
        lines = src
    print(next(lines))
else:
    # io.StringIO words it without the final period.
    with io.StringIO() as buffer:
        buffer.write("id,name\n")
    print(buffer.getvalue())
