# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
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
