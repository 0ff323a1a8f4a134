# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select F403,F405 {file}
# hubls-tool: ruff
from os.path import *
from math import *

print(join("a", "b"), sqrt(4))
