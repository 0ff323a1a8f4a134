# hubls-run: python3 {file}
import asyncio


async def load():
    return 42


async def handler():
    return asyncio.run(load())


async def main():
    loop = asyncio.get_running_loop()
    try:
        await handler()
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")
    try:
        loop.run_until_complete(load())
    except RuntimeError as exc:
        print(f"RuntimeError: {exc}")


asyncio.run(main())
