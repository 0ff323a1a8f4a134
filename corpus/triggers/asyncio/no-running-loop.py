# hubls-run: python3 {file} 1; python3 {file} 2
import asyncio
import sys


async def refresh_cache():
    await asyncio.sleep(0)


if sys.argv[1] == "1":
    task = asyncio.create_task(refresh_cache())
else:
    loop = asyncio.get_running_loop()
