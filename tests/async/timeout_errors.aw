# Misusing a Timeout: entering it twice, rescheduling it before entering it.
import asyncio


async def main():
    t = asyncio.timeout(1)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print('RuntimeError:', e)


asyncio.run(main())
