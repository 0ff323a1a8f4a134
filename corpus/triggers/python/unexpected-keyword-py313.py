# Version variant: reruns unexpected-keyword.py with Python 3.13 (pyenv build at /root/.pyenv/versions/3.13.0/bin/python3).
# hubls-run: /root/.pyenv/versions/3.13.0/bin/python3 unexpected-keyword.py; /root/.pyenv/versions/3.13.0/bin/python3 -c "import json; json.dumps({}, indnet=2)"; /root/.pyenv/versions/3.13.0/bin/python3 -c "print(sorted([2, 1], reversed=True))"
# hubls-include: unexpected-keyword.py
