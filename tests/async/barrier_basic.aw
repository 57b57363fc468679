# Barrier(3): parties wait until all three arrive; wait() returns distinct indices.
import asyncio


async def party(barrier, name, d):
    await asyncio.sleep(d)
    print(name, 'arrives')
    idx = await barrier.wait()
    print(name, 'passes')
    return idx


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    idxs = await asyncio.gather(party(barrier, 'a', 0.1), party(barrier, 'b', 0.3),
                                party(barrier, 'c', 0.2))
    print(sorted(idxs), barrier.n_waiting)


asyncio.run(main())
