# a context manager from @contextmanager / @asynccontextmanager used as a
# decorator (ContextDecorator): needs instances with __call__
import asyncio
from contextlib import contextmanager, asynccontextmanager

@contextmanager
def tag(name):
    print('<%s>' % name)
    yield
    print('</%s>' % name)

@tag('deco')
def decorated(x):
    print('body', x)
    return x * 2

print(decorated(21))
print(decorated(1))

@asynccontextmanager
async def atag(name):
    print('<a %s>' % name)
    yield
    print('</a %s>' % name)

@atag('adeco')
async def f():
    return 5

print(asyncio.run(f()))
