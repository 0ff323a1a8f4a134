# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select E722 {file}
# hubls-tool: ruff
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
