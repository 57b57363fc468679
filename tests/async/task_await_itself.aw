# A task that awaits itself fails with RuntimeError.
import asyncio


async def selfish():
    await asyncio.current_task()


async def main():
    t = asyncio.create_task(selfish(), name='me')
    try:
        await t
    except RuntimeError as e:
        print('RuntimeError:', str(e).replace(__file__, 'FILE'))


asyncio.run(main())
