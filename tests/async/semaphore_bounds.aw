# Semaphore(3) lets at most three tasks in at once.
import asyncio

inside = 0
most = 0


async def worker(sem, i):
    global inside, most
    async with sem:
        inside += 1
        most = max(most, inside)
        await asyncio.sleep(0.01 * (i % 3 + 1))
        inside -= 1
        return i


async def main():
    sem = asyncio.Semaphore(3)
    print(await asyncio.gather(*(worker(sem, i) for i in range(10))))
    print('most inside at once:', most)


asyncio.run(main())
