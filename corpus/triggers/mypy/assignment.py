# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
import os

port: int = os.environ["PORT"]
timeout: float = 1.0
timeout = os.environ.get("TIMEOUT")
