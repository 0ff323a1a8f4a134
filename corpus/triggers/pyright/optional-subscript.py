# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
import os
from typing import Optional


def load(path: str) -> Optional[dict[str, str]]:
    return None


config = load("settings.json")
print(config["host"])
rows: list[int] | None = [1, 2] if os.environ.get("X") else None
print(rows[0])
