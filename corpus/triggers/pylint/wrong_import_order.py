# hubls-run: /opt/hubls-tools/pylint/bin/pylint --persistent=n --disable=all --enable=wrong-import-order {file}
# hubls-tool: pylint
import requests
import os
from myapp import settings
import json

print(requests, os, settings, json)
