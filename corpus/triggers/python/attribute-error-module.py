# hubls-run: python3 {file}; python3 -c "import datetime; datetime.now()"
import json

data = json.lods('{"a": 1}')
