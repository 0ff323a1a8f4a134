# hubls-run: python3 {file}; /root/.pyenv/versions/3.10.13/bin/python3 {file}
class Order:
    def __init__(self, total):
        self._total = total

    @property
    def total(self):
        return self._total


order = Order(10)
order.total = 12
