# hubls-run: python3 {file}; /root/.pyenv/versions/3.12.1/bin/python3 {file}
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def save(self, key, data): ...

    @abstractmethod
    def load(self, key): ...


class S3Storage(Storage):
    def save(self, key, data):
        pass


class DiskStorage(Storage):
    def write(self, key, data):
        pass


for cls in (S3Storage, DiskStorage):
    try:
        cls()
    except TypeError as exc:
        print(f"TypeError: {exc}")
