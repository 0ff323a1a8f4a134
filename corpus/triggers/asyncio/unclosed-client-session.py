# Needs PyPI: aiohttp. A local aiohttp server answers one request; the client session is never closed.
# hubls-run: pip install -q aiohttp 2>/dev/null; python3 {file}
import asyncio
import gc

import aiohttp
from aiohttp import web


async def hello(request):
    return web.json_response({"ok": True})


async def main():
    app = web.Application()
    app.router.add_get("/", hello)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]

    session = aiohttp.ClientSession()
    async with session.get(f"http://127.0.0.1:{port}/") as response:
        print(await response.json())
    del session, response
    gc.collect()
    await runner.cleanup()


asyncio.run(main())
