# hubls-run: python3 {file} 1; python3 {file} 2; /root/.pyenv/versions/3.10.13/bin/python3 {file} 1
import asyncio
import sys


async def slow_query():
    await asyncio.sleep(5)


async def main():
    if sys.argv[1] == "1":
        await asyncio.wait_for(slow_query(), timeout=0.05)
    else:
        async with asyncio.timeout(0.05):
            await slow_query()


asyncio.run(main())
