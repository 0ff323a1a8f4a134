# hubls-run: python3 {file} 1; python3 {file} 2; python3 -m pytest -q -p no:cacheprovider {file}
import asyncio
import sys


async def refresh_cache():
    await asyncio.sleep(0)


# Under pytest: a plain (sync) test that schedules a coroutine without a running loop.
def test_refresh_cache():
    task = asyncio.create_task(refresh_cache())
    task.cancel()


if __name__ == "__main__":
    if sys.argv[1] == "1":
        task = asyncio.create_task(refresh_cache())
    else:
        loop = asyncio.get_running_loop()
