# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= --enable-error-code possibly-undefined {file}
# hubls-tool: mypy
import os

if os.environ.get("DEBUG"):
    level = "debug"
print(level)

for line in os.environ.get("LINES", "").split(","):
    last = line
print(last)
