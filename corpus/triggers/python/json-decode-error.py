# hubls-run: python3 {file}; python3 -c "import json; json.loads(\"{'a': 1}\")"; python3 -c "import json; json.loads('{\"a\": 1,}')"
import json

body = ""  # e.g. an empty HTTP response or an HTML error page
print(json.loads(body))
