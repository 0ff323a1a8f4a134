# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select UP007,UP045 {file}
# hubls-tool: ruff
from typing import Optional, Union


def find(user_id: Optional[int]) -> Union[str, bytes]:
    return str(user_id)
