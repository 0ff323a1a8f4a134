# hubls-run: python3 {file}
import asyncio


async def fetch(url):
    await asyncio.sleep(0)
    return url


class Client:
    async def close(self):
        await asyncio.sleep(0)


async def main():
    data = fetch("https://example.com")
    print(type(data).__name__)
    Client().close()


asyncio.run(main())
