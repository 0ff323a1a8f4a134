# hubls-run: python3 {file}; python3 -c "s = 'abc'; print(s[1.0])"
import json

payload = json.dumps({"user": {"id": 1}})
print(payload["user"])
