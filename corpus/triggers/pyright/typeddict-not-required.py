# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
from typing import NotRequired, TypedDict


class Movie(TypedDict):
    title: str
    year: NotRequired[int]
    rating: NotRequired[float]


def show(movie: Movie) -> None:
    print(movie["year"], movie["rating"])
