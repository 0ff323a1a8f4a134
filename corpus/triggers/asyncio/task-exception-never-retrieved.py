# hubls-run: python3 {file}
import asyncio
import gc


async def send_email():
    raise ConnectionError("smtp down")


async def main():
    asyncio.create_task(send_email())
    await asyncio.sleep(0.01)
    gc.collect()


asyncio.run(main())
