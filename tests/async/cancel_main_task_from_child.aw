# asyncio.run's main task cancelled by a child: run() raises CancelledError.
import asyncio


async def killer(main_task):
    await asyncio.sleep(0)
    main_task.cancel()


async def main():
    asyncio.create_task(killer(asyncio.current_task()))
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('main cancelled')
        raise


try:
    asyncio.run(main())
except asyncio.CancelledError:
    print('run raised CancelledError')
