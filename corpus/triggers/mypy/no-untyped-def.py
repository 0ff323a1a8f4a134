# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= --disallow-untyped-defs {file}
# hubls-tool: mypy
def parse(raw):
    return raw.strip()


def total(prices: list[float]):
    return sum(prices)


def send(to, subject: str) -> None:
    pass
