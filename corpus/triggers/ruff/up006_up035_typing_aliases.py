# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select UP006,UP035 {file}
# hubls-tool: ruff
from typing import Dict, List, Tuple


def group(rows: List[Tuple[str, int]]) -> Dict[str, int]:
    return dict(rows)


from typing import Callable, Iterable


def each(items: Iterable[int], func: Callable[[int], None]) -> None:
    for item in items:
        func(item)
