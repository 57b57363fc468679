import os, sys as system
from . import a
from ..m import x as y, z
from os.path import (join,
    split,)
from mod import *
x = 1
a = b = c = 2
x, y = 1, 2
[a, *b] = c
a.b, c[0], d[1:2] = e
x += 1
y @= 2
z //= 3
n: int = 5
m: list[int]
del a, b[0], c.d
assert x, "msg"
global g
def f(a, b=1, *args, c, d=2, **kw) -> int:
    nonlocal q
    return a + b
def g(a, /, b, *, c): pass
async def h():
    await x
    async for i in y: pass
    async with a as b, c: pass
    return [i async for i in z]
class C(B, metaclass=M):
    """doc"""
    def m(self): ...
@dec
@dec2(1)
def f(): pass
if a: pass
elif b: pass
elif c: x = 1
else: pass
while x:
    break
else:
    continue
for i, j in k:
    pass
else:
    pass
try:
    pass
except E as e:
    pass
except (A, B):
    pass
except:
    raise
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with a as b, c as (d, e): pass
with (a as b, c): pass
with (a, b): pass
with (a, b) as c: pass
raise X from Y
lambda: 0
lambda x, y=1, *a, k, **kw: x
x if y else z
(y := 10)
a and b or c and not d
a < b <= c == d != e > f >= g in h not in i is j is not k
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n
-a ** -b
~a + +b
f(a, *b, c=1, **d)
f(x for x in y)
a[1:2, ::3]
a[:], a[::], a[1:], a[:2:]
[1, 2, *a]
{1, 2, *b}
{1: 2, **c}
{}
()
(1,)
[x for x in y if z if w for q in r]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
yield
yield x
yield from y
x = yield
'a' 'b'
b'x' b'y'
f'a{x!r:>{w}} {y=} {{}}'
rb'\d' Rb'x' BR'y'
1j
1.5
1e-3
1_000.5
0x_ff
0o17
0b1010
123456789012345678901234567890
...
None
True
False
print(*a, sep='')
x = 1; y = 2;
if x: y = 1; z = 2
