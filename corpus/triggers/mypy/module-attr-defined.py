# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
import os
from datetime import now
from json import loads, dumpss

os.getcwdd()
