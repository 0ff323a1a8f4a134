# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
def log_event(name: str) -> None:
    print(name)


items = [3, 1, 2]
result = log_event("start")
ordered = items.sort()


def notify(user: str) -> None:
    pass


if notify("ann"):
    print("sent")
