# hubls-run: python3 {file} 1; python3 {file} 2; python3 -m pytest -q -p no:cacheprovider {file}
import asyncio
import sys


async def ping():
    return "pong"


# Under pytest: a loop shared by the module's tests, closed by the first test.
SHARED_LOOP = asyncio.new_event_loop()


def test_ping_then_close():
    assert SHARED_LOOP.run_until_complete(ping()) == "pong"
    SHARED_LOOP.close()


def test_ping_again():
    assert SHARED_LOOP.run_until_complete(ping()) == "pong"


if __name__ == "__main__":
    if sys.argv[1] == "1":
        loop = asyncio.new_event_loop()
        loop.run_until_complete(ping())
        loop.close()
        loop.run_until_complete(ping())
    else:
        loop = asyncio.new_event_loop()
        loop.close()
        loop.call_soon(print, "tick")
