# hubls-run: /opt/hubls-tools/ruff/bin/ruff check --isolated --no-cache --output-format concise --select SIM108 {file}
# hubls-tool: ruff


def label(count):
    if count == 1:
        word = "item"
    else:
        word = "items"
    return word


def timeout(settings):
    if settings.get("slow"):
        seconds = 60
    else:
        seconds = 10
    return seconds
