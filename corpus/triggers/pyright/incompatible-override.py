# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
class Repository:
    def get(self, key: int) -> str:
        return ""

    def save(self, item: str) -> None:
        pass


class UserRepository(Repository):
    def get(self, key: str) -> str:
        return ""

    def save(self, item: str, force: bool) -> None:
        pass
