class D:
    x = 1
d = D()
for f in [lambda: d.nope, lambda: D.nope]:
    try:
        f()
    except AttributeError as e:
        print(e)
try:
    del d.x
except AttributeError as e:
    print(e)
try:
    del d.y
except AttributeError as e:
    print(e)
