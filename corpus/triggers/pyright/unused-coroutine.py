# hubls-run: /opt/hubls-tools/pyright/node_modules/.bin/pyright --pythonpath /opt/hubls-tools/pyright/venv/bin/python {file}
# hubls-tool: pyright
import asyncio


async def save(record: str) -> None:
    pass


async def main() -> None:
    save("a")
    asyncio.sleep(1)
