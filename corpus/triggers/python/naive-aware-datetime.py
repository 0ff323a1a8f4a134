# hubls-run: python3 {file}; python3 -c "from datetime import datetime, timezone; print(datetime.now() - datetime.now(timezone.utc))"
from datetime import datetime, timezone

expires_at = datetime(2030, 1, 1, tzinfo=timezone.utc)
print(datetime.now() > expires_at)
