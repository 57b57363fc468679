# A closed loop refuses work; a running loop refuses close and a second run.
import asyncio


async def inside(loop):
    try:
        loop.close()
    except RuntimeError as e:
        print('close:', e)
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print('run_until_complete:', e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('run_forever:', e)


loop = asyncio.new_event_loop()
loop.run_until_complete(inside(loop))
loop.close()
loop.close()
for name, call in [('call_soon', lambda: loop.call_soon(print)),
                   ('call_later', lambda: loop.call_later(1, print)),
                   ('run_forever', lambda: loop.run_forever())]:
    try:
        call()
    except RuntimeError as e:
        print(name + ':', e)
c = asyncio.sleep(0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print('run_until_complete:', e)
c.close()
