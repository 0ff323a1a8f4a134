# Version variant: reruns json-decode-error.py with Python 3.13 (pyenv build at /root/.pyenv/versions/3.13.0/bin/python3).
# hubls-run: /root/.pyenv/versions/3.13.0/bin/python3 json-decode-error.py; /root/.pyenv/versions/3.13.0/bin/python3 -c "import json; json.loads(\"{'a': 1}\")"; /root/.pyenv/versions/3.13.0/bin/python3 -c "import json; json.loads('{\"a\": 1,}')"
# hubls-include: json-decode-error.py
