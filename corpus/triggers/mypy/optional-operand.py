# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
from typing import Optional


def next_page(page: Optional[int], limit: int | None) -> int:
    if limit < 100:
        return page + 1
    return 0
