# hubls-run: python3 {file} 1; python3 {file} 2
import asyncio
import sys


def fetch(n):
    return n


async def main():
    if sys.argv[1] == "1":
        await asyncio.gather(fetch(1), fetch(2))
    else:
        asyncio.create_task(fetch(3))


asyncio.run(main())
