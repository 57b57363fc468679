# A party cancelled at a Barrier leaves it; the barrier stays whole until abort().
import asyncio


async def party(barrier, name):
    try:
        await barrier.wait()
        print(name, 'passed')
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise
    except asyncio.BrokenBarrierError:
        print(name, 'sees a broken barrier')


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(party(barrier, 'a'))
    b = asyncio.create_task(party(barrier, 'b'))
    await asyncio.sleep(0)
    print('waiting:', barrier.n_waiting)
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('waiting:', barrier.n_waiting, 'broken:', barrier.broken)
    await barrier.abort()
    await asyncio.gather(a, b, return_exceptions=True)
    print(barrier.broken, barrier.n_waiting)


asyncio.run(main())
