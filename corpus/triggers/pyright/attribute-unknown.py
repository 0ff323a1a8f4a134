# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
class Order:
    def __init__(self) -> None:
        self.total = 0


order = Order()
print(order.totl)
items = [1, 2]
items.push(3)
order.stauts = "paid"
