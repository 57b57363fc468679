async def leaf(x):
    return x * 2

async def mid(x):
    a = await leaf(x)
    b = await leaf(a)
    return a + b

async def top():
    r = await mid(3)
    print("top got", r)
    return r

c = top()
print(type(c).__name__, c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

async def nested(n):
    if n == 0:
        return 0
    return 1 + await nested(n - 1)
c = nested(900)
try:
    c.send(None)
except StopIteration as e:
    print("nested", e.value)

async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)

co = leaf(1)
print(co.cr_running, co.cr_await)
co.close()
try:
    iter(leaf(2))
except TypeError as e:
    print(e)

async def raiser():
    raise KeyError("inside")
async def catcher():
    try:
        await raiser()
    except KeyError as e:
        return "caught " + repr(e)
try:
    catcher().send(None)
except StopIteration as e:
    print(e.value)

async def twice():
    c = leaf(3)
    print(await c)
    await c
try:
    twice().send(None)
except RuntimeError as e:
    print(e)

w = leaf(4).__await__()
try:
    next(w)
except StopIteration as e:
    print("wrapper", e.value)
