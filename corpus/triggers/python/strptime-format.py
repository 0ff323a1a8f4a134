# hubls-run: python3 {file}; python3 -c "from datetime import datetime; datetime.strptime('2024-01-15 10:30', '%Y-%m-%d')"
from datetime import datetime

print(datetime.strptime("15/01/2024", "%Y-%m-%d"))
