# hubls-run: python3 {file} 1; python3 {file} 2
import asyncio
import sys
import time


def load_user(user_id):
    return {"id": user_id}


async def main():
    if sys.argv[1] == "1":
        await time.sleep(0.01)
    else:
        user = await load_user(7)


asyncio.run(main())
