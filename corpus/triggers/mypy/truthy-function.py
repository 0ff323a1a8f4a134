# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
import os


def is_enabled() -> bool:
    return True


if is_enabled:
    print("on")
if os.path.exists:
    print("exists")
