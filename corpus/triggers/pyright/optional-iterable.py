# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
from typing import Optional


def total(prices: Optional[list[float]]) -> float:
    result = 0.0
    for price in prices:
        result += price
    return result


def names(rows: list[str] | None) -> list[str]:
    return [*rows]
