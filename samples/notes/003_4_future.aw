# Note 003, block 4: a bare Future, completed with set_result(42) by another task
# (The note indents the whole block by four spaces; dedented to run.)
from asyncio import Future
import asyncio


def make_request() -> Future:
    future = Future()
    asyncio.create_task(set_future_value(future))
    return future
    
    
async def set_future_value(future) -> None:
    await asyncio.sleep(1)
    future.set_result(42)
    
    
async def main():
    future = make_request()
    print(f'Будущий объект готов? {future.done()}')
    value = await future
    print(f'Будущий объект готов? {future.done()}')
    print(value)
    
    
asyncio.run(main())
