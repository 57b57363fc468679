# A barrier refills: two rounds of two parties.
import asyncio


async def party(barrier, name):
    for rnd in range(2):
        await barrier.wait()
        print(name, 'passed round', rnd)


async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(party(barrier, 'a'), party(barrier, 'b'))
    print(barrier.n_waiting, barrier.broken)


asyncio.run(main())
