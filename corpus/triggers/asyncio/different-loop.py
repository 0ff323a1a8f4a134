# The first case prints "<asyncio.locks.Event object at 0x...> is bound to a different event loop" (address varies).
# hubls-run: python3 {file} 1; python3 {file} 2; python3 {file} 3
import asyncio
import sys

if sys.argv[1] == "1":
    # A module-level primitive used from two event loops (e.g. two asyncio.run() calls, or tests).
    ready = asyncio.Event()

    async def wait_ready():
        try:
            await asyncio.wait_for(ready.wait(), timeout=0.01)
        except TimeoutError:
            pass

    asyncio.run(wait_ready())
    asyncio.run(wait_ready())
else:
    # A future created on one loop and awaited from a task on another loop.
    other_loop = asyncio.new_event_loop()
    result = other_loop.create_future()

    async def main():
        await result

    async def refresh_cache():
        await asyncio.gather(result)

    asyncio.run(main() if sys.argv[1] == "2" else refresh_cache())
