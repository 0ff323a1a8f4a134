# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
def connect(host: str, port: int) -> None:
    pass


def send(message: str) -> None:
    pass


connect("db")
send()
send("hi", "now")
connect("db", 5432, 10)
connect("db", 5432, timeout=5)
send(msg="hi")
