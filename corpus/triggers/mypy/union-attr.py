# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
import re
from typing import Optional


class User:
    name: str = ""


def find_user(user_id: int) -> Optional[User]:
    return None


user = find_user(42)
print(user.name)
match = re.match(r"(\d+)-(\d+)", "10-20")
print(match.group(1))
