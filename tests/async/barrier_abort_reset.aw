# abort() breaks the barrier for waiters and newcomers; reset() repairs it.
import asyncio


async def party(barrier, name):
    try:
        await barrier.wait()
        print(name, 'passed')
    except asyncio.BrokenBarrierError:
        print(name, 'BrokenBarrierError')


async def main():
    barrier = asyncio.Barrier(3)
    t = asyncio.create_task(party(barrier, 'early'))
    await asyncio.sleep(0)
    await barrier.abort()
    await t
    await party(barrier, 'late')
    print('broken:', barrier.broken)
    await barrier.reset()
    print('broken after reset:', barrier.broken)
    await asyncio.gather(*(party(barrier, n) for n in 'xyz'))


asyncio.run(main())
