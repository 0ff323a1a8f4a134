# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=unused-import {file}
# hubls-tool: pylint
import os
import json
from collections import OrderedDict
from typing import Optional as Opt

print("nothing here uses the imports")
