# hubls-run: python3 {file}; python3 -c "import json; json.dumps({}, indnet=2)"; python3 -c "print(sorted([2, 1], reversed=True))"
def connect(host, port=5432):
    return host, port


connect("db", timeout=5)
