# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
class Repository:
    def get(self, key: int) -> str:
        return ""

    def count(self) -> int:
        return 0


class UserRepository(Repository):
    def get(self, key: str) -> str:
        return ""

    def count(self) -> str:
        return ""
