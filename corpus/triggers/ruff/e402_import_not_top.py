# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select E402 {file}
# hubls-tool: ruff
import logging

logging.basicConfig(level=logging.INFO)
DEBUG = True

import json
from pathlib import Path

print(json, Path, DEBUG)
