# hubls-run: python3 {file}; python3 -c "import json, decimal; json.dumps({'price': decimal.Decimal('9.99')})"
import json
from datetime import datetime

event = {"name": "deploy", "at": datetime(2024, 1, 2, 3, 4, 5)}
print(json.dumps(event))
