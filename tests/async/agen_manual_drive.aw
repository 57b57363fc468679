# driving the awaitables by hand with send() and throw()
async def gen():
    v = yield 'first'
    print('sent', v)
    try:
        yield 'second'
    except KeyError as e:
        print('thrown', repr(e))
        yield 'third'

def step(aw, value=None):
    try:
        aw.send(value)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return 'StopAsyncIteration'

g = gen()
print(step(g.__anext__()))
print(step(g.asend('hello')))
a = g.athrow(KeyError('k'))
print(step(a))
print(step(g.__anext__()))
n = g.__anext__()
try:
    n.throw(ValueError('into asend'))
except ValueError as e:
    print('ValueError', e)
print(step(g.__anext__()))
c = g.aclose()
print(step(c))
