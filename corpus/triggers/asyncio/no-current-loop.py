# hubls-run: python3 {file}
import asyncio
import threading


def worker():
    loop = asyncio.get_event_loop()
    loop.run_until_complete(asyncio.sleep(0))


t = threading.Thread(target=worker, name="worker-1")
t.start()
t.join()
t = threading.Thread(target=worker)
t.start()
t.join()
