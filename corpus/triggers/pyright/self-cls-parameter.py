# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
class Service:
    def start(port):
        pass

    @classmethod
    def create(self) -> None:
        pass
