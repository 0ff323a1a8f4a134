# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
from typing import Optional


def next_page(page: Optional[int], limit: int | None) -> int:
    if limit < 100:
        return page + 1
    return 0
