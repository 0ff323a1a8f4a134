# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
from typing import Optional

ages: dict[str, int] = {"ann": 31}
print(ages[0])
total = 5
print(total[0])


def first(rows: Optional[list[str]]) -> str:
    return rows[0]
