# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=no-name-in-module {file}
# hubls-tool: pylint
from os import getcwdu
from collections import Mapping
from json import JSONDecodeErr

print(getcwdu, Mapping, JSONDecodeErr)
