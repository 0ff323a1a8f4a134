# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select F811 {file}
# hubls-tool: ruff
import json
from json import loads
from pickle import loads


def handler(event):
    return event


def handler(event, context):
    return json.dumps(loads(event))
