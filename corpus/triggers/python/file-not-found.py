# hubls-run: python3 {file}; python3 -c "open('/etc/app/settings.yaml')"
with open("config.json") as fh:
    print(fh.read())
