# hubls-run: python3 {file}
import asyncio


async def heartbeat():
    while True:
        await asyncio.sleep(1)


async def flush_metrics():
    await asyncio.sleep(10)


loop = asyncio.new_event_loop()
loop.create_task(heartbeat())
loop.create_task(flush_metrics())
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
