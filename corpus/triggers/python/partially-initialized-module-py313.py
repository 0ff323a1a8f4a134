# Version variant: reruns partially-initialized-module.py with Python 3.13 (pyenv build at /root/.pyenv/versions/3.13.0/bin/python3).
# hubls-run: printf 'import json\nprint(json.dumps({}))\n' > json.py; /root/.pyenv/versions/3.13.0/bin/python3 json.py; printf 'import csv\nfor row in csv.reader(open("csv.py")):\n    pass\n' > csv.py; /root/.pyenv/versions/3.13.0/bin/python3 csv.py
# hubls-include: partially-initialized-module.py
