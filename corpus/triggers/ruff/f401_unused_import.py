# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select F401 {file}
# hubls-tool: ruff
import os
import json
from typing import Optional
from collections import OrderedDict as OD

print("nothing here uses the imports")
