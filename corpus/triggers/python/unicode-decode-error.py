# hubls-run: python3 {file} 1; python3 {file} 2
import sys, pathlib

if sys.argv[1] == "1":
    pathlib.Path("names.csv").write_bytes("id,name\n1,José\n".encode("latin-1"))
    print(open("names.csv", encoding="utf-8").read())
else:
    pathlib.Path("logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    print(open("logo.png").read())
