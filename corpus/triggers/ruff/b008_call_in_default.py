# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select B008 {file}
# hubls-tool: ruff
import time
from datetime import datetime


def log(message, when=datetime.now()):
    print(when, message)


def expires(ttl, now=time.time()):
    return now + ttl
