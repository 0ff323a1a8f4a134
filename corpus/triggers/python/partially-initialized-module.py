# A local file named like a module it imports shadows that module; this trigger writes two such files.
# hubls-run: printf 'import json\nprint(json.dumps({}))\n' > json.py; python3 json.py; printf 'import csv\nfor row in csv.reader(open("csv.py")):\n    pass\n' > csv.py; python3 csv.py
