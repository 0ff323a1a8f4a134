# hubls-run: python3 {file} 1 2>&1 | grep -v RuntimeWarning; python3 {file} 2; python3 {file} 3
import asyncio
import sys


async def get_user(user_id):
    return {"id": user_id, "name": "ann"}


async def list_orders():
    return [1, 2]


async def main():
    if sys.argv[1] == "1":
        user = get_user(1)
        print(user["name"])
    elif sys.argv[1] == "2":
        user = get_user(1)
        print(user.name)
    else:
        for order in list_orders():
            print(order)


asyncio.run(main())
