# hubls-run: python3 {file} 1; python3 {file} 2
import asyncio
import sys


async def ping():
    return "pong"


if sys.argv[1] == "1":
    loop = asyncio.new_event_loop()
    loop.run_until_complete(ping())
    loop.close()
    loop.run_until_complete(ping())
else:
    loop = asyncio.new_event_loop()
    loop.close()
    loop.call_soon(print, "tick")
