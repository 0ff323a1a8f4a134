# hubls-run: python3 {file} 1; python3 {file} 2
import sys

users = [{"name": "ann", "admin": False}]

if sys.argv[1] == "1":
    admin = next(u for u in users if u["admin"])
else:
    def first_lines(lines):
        it = iter(lines)
        while True:
            yield next(it)

    list(first_lines(["a", "b"]))
