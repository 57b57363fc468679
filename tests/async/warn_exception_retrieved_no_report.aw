# Retrieving the exception (exception(), result(), await) silences the report.
import asyncio


async def bad(n):
    raise ValueError(n)


async def main():
    t1 = asyncio.create_task(bad(1))
    t2 = asyncio.create_task(bad(2))
    t3 = asyncio.create_task(bad(3))
    await asyncio.sleep(0)
    print(repr(t1.exception()))
    try:
        t2.result()
    except ValueError as e:
        print('result raised', e)
    try:
        await t3
    except ValueError as e:
        print('await raised', e)


asyncio.run(main())
print('no report on stderr')
