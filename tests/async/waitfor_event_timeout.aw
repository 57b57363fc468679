# wait_for on Event.wait(): the waiter is removed when the timeout cancels it.
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except TimeoutError:
        print('timed out')
    asyncio.get_running_loop().call_later(0.1, ev.set)
    print(await asyncio.wait_for(ev.wait(), 1))


asyncio.run(main())
