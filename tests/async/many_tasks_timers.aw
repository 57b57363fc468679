# 500 tasks waiting on timers set in a shuffled order wake in deadline order.
import asyncio

order = []


async def worker(loop, t0, k):
    fut = loop.create_future()
    loop.call_at(t0 + k / 1000, fut.set_result, k)
    order.append(await fut)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time() + 0.5
    ks = [i * 7919 % 500 for i in range(500)]
    await asyncio.gather(*(worker(loop, t0, k) for k in ks))
    print(len(order), order == sorted(order), order[:5])


asyncio.run(main())
