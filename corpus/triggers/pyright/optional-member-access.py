# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
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
