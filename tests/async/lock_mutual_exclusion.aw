# A Lock lets one task at a time into its block, in arrival order.
import asyncio

inside = 0
most = 0


async def worker(lock, name):
    global inside, most
    async with lock:
        inside += 1
        most = max(most, inside)
        print(name, 'enters')
        await asyncio.sleep(0.01)
        print(name, 'leaves')
        inside -= 1


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(lock, f'w{i}') for i in range(4)))
    print('most inside at once:', most)


asyncio.run(main())
