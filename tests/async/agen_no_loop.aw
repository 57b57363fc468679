# without an event loop, a dropped generator is closed at once
async def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen finally')

async def use():
    async for x in gen():
        print('got', x)
        break
    print('after loop')
    return 'done'

c = use()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
