# hubls-run: python3 {file}; python3 -c "import json; json.loads('{}')['name']"
settings = {"debug": True}
print(settings["timeout"])
