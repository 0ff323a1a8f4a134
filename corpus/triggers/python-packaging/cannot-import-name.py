# hubls-run: python3 {file}; python3 -c "from json import load_file"
from collections import Mapping

print(Mapping)
