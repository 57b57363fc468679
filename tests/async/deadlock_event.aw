# aw-only: CPython hangs forever here; aw raises a deadlock RuntimeError in the main task
import asyncio


async def main():
    ev = asyncio.Event()
    try:
        await ev.wait()
    except RuntimeError as e:
        msg = str(e)
        print(msg[:msg.index(' suspended')])
        print('Event.wait()' in msg, msg.endswith('could complete it'))
    ev.set()
    print('wait after set:', await ev.wait())


asyncio.run(main())
