# hubls-run: python3 {file}; python3 -c "d = {}; d.get('user').strip()"
import re

match = re.match(r"(\d+)-(\d+)", "version 1-2")
print(match.group(1))
