# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
import os

print(max())
data = open(os.environ["F"], "rb", encodng="utf-8")
