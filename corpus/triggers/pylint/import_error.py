# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=import-error {file}
# hubls-tool: pylint
import requestz
from flask_nope import Flask

print(requestz, Flask)
