# aw-only: CPython hangs forever here; aw raises a deadlock RuntimeError in the main task
import asyncio


async def waiter(f):
    return await f


async def main():
    f = asyncio.get_running_loop().create_future()
    try:
        await waiter(f)
    except RuntimeError as e:
        msg = str(e)
        print(msg[:msg.index(" suspended")])
        print("awaits Future (pending) created at" in msg, msg.endswith("could complete it"))
    return "main goes on"

print(asyncio.run(main()))
