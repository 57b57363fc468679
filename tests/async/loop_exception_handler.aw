# loop.set_exception_handler: an error in a callback goes to the handler
# with its context; get/call/default_exception_handler as in CPython
import asyncio

seen = []

def handler(loop, context):
    exc = context.get('exception')
    seen.append((context['message'].replace(__file__, 'FILE'),
                 type(exc).__name__, 'handle' in context))

def bad(x):
    raise ValueError(x)

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad, 1)
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'by hand', 'exception': KeyError('k')})
    print(seen)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError:', e)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())

    def broken(loop, context):
        raise RuntimeError('handler broke')
    loop.set_exception_handler(broken)
    loop.call_exception_handler({'message': 'm'})   # reported on stderr
    loop.set_exception_handler(None)
    for call in (lambda: loop.set_exception_handler(),
                 lambda: loop.call_exception_handler({}, 2),
                 lambda: loop.default_exception_handler()):
        try:
            call()
        except TypeError as e:
            print('TypeError:', e)
    print('done')

asyncio.run(main())
