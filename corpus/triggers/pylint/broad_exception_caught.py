# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=broad-exception-caught {file}
# hubls-tool: pylint
import json


def parse(text):
    try:
        return json.loads(text)
    except Exception:
        return None


def close(conn):
    try:
        conn.close()
    except BaseException as exc:
        print(exc)
