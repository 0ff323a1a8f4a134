# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
import os

print(max())
data = open(os.environ["F"], "rb", encodng="utf-8")
