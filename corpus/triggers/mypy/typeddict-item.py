# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
from typing import TypedDict


class Movie(TypedDict):
    title: str
    year: int


def show(movie: Movie) -> None:
    print(movie["rating"])


m: Movie = {"title": "Up", "yaer": 2009}
