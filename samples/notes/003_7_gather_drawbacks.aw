# Note 003, block 7 (prose): when one awaitable raises, gather raises at once and the others keep running
# The note lists gather's drawbacks in words; this program shows the first
# (the failure does not cancel the rest) and the second (gather's results
# come only when all are done).
import asyncio
from util import delay


async def fail_soon():
    await asyncio.sleep(1)
    raise ValueError('request failed')


async def main():
    slow = asyncio.create_task(delay(3))
    try:
        await asyncio.gather(fail_soon(), slow)
    except ValueError as e:
        print(f'gather raised {e!r}; delay(3) still running: {not slow.done()}')
    print(await slow)
    print(await asyncio.gather(delay(2), delay(1)))


asyncio.run(main())
