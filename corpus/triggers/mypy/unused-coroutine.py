# hubls-run: /opt/hubls-tools/mypy/bin/mypy --config-file= {file}
# hubls-tool: mypy
import asyncio


async def save(record: str) -> None:
    pass


async def main() -> None:
    save("a")
    asyncio.sleep(1)
