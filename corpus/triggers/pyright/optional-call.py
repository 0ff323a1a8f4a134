# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
from typing import Callable, Optional


def run(on_done: Optional[Callable[[], None]], log: Callable[[str], None] | None) -> None:
    on_done()
    log("finished")
