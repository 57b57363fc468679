# asyncio.Future() outside a running loop takes the event loop set for the thread.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = asyncio.Future()
print(fut.get_loop() is loop)
loop.call_soon(fut.set_result, 'set by call_soon')
print(loop.run_until_complete(fut))
loop.close()
asyncio.set_event_loop(None)
