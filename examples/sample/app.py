import json
settings = json.loads('{"debug": true}')
try:
    timeout = settings["timeout"]
except KeyError:
    retry_after = int(settings.get("retry", "soon"))
