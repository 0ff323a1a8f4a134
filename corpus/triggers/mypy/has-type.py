# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
class Node:
    def link_left(self) -> None:
        self.left = self.right

    def link_right(self) -> None:
        self.right = self.left


class Account:
    def open(self) -> None:
        self.balance = self.limit

    def configure(self) -> None:
        self.limit = self.balance
