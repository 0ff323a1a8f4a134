# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
class Order:
    def __init__(self) -> None:
        self.total = 0


order = Order()
print(order.totl)
print("abc".startwith("a"))
