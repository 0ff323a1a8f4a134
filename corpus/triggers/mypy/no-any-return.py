# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= --warn-return-any {file}
# hubls-tool: mypy
import json
from typing import Any


def load_port(raw: str) -> int:
    return json.loads(raw)["port"]


def name_of(obj: Any) -> str:
    return obj.name
