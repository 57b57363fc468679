# run_forever runs until stop(); stop() before run_forever runs one round.
import asyncio

loop = asyncio.new_event_loop()
count = [0]


def tick():
    count[0] += 1
    print('tick', count[0])
    if count[0] == 3:
        loop.stop()
    else:
        loop.call_soon(tick)


loop.call_soon(tick)
loop.run_forever()
print('stopped after', count[0])
loop.call_soon(print, 'runs in the single round')
loop.stop()
loop.call_soon(print, 'also queued before the round')
loop.run_forever()
print('second run_forever returned')
loop.close()
