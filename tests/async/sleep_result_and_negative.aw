# sleep(delay, result) returns result; a negative delay does not wait.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.1, result='value'))
    print(await asyncio.sleep(0, 'zero'))
    t0 = loop.time()
    print(await asyncio.sleep(-5, result='negative'), loop.time() - t0 < 1)


asyncio.run(main())
