# 1,000,000 sleeps with scattered deadlines: 10,000 tasks, 100 sleeps
# each, of 0 to 1 ms chosen by a linear congruential generator.
import asyncio


async def sleeper(seed):
    x = seed
    for _ in range(100):
        x = (x * 1103515245 + 12345) % 2147483648
        await asyncio.sleep((x % 1000) / 1000000)
    return x % 7


async def main():
    results = await asyncio.gather(*[sleeper(i) for i in range(10000)])
    print(sum(results))


asyncio.run(main())
