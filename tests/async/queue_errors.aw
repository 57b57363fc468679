# QueueEmpty, QueueFull and too many task_done() calls.
import asyncio


async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    q.put_nowait('x')
    try:
        q.put_nowait('y')
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    q.get_nowait()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
