# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=used-before-assignment,possibly-used-before-assignment {file}
# hubls-tool: pylint
import json


def load(path, strict):
    if strict:
        mode = "r"
    with open(path, mode, encoding="utf-8") as handle:
        return json.load(handle)


def parse(text):
    try:
        data = json.loads(text)
    except ValueError:
        print("bad json")
    return data


def total():
    print(count)
    count = 2
    return count
