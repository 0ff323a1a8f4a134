# hubls-run: python3 {file} 1; python3 {file} 2
import asyncio
import sys


async def fetch():
    await asyncio.sleep(0.01)
    return 200


async def with_retries(coro, attempts=2):
    for _ in range(attempts):
        result = await coro
    return result


async def wait_for_it(coro):
    return await coro


async def main():
    shared = fetch()
    await asyncio.gather(wait_for_it(shared), wait_for_it(shared))


if sys.argv[1] == "1":
    asyncio.run(with_retries(fetch()))
else:
    asyncio.run(main())
