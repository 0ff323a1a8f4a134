# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def read(self, key: str) -> bytes: ...


class Notifier(ABC):
    @abstractmethod
    def send(self, text: str) -> None: ...

    @abstractmethod
    def close(self) -> None: ...


store = Storage()
notifier = Notifier()
