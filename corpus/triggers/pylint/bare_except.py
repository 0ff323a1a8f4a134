# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=bare-except {file}
# hubls-tool: pylint
import json


def parse(text):
    try:
        return json.loads(text)
    except:
        return None


def close(conn):
    try:
        conn.close()
    except:
        pass
