def f():
    pass
for obj in [1, "s", [], None, f]:
    try:
        obj.qqq_missing
    except AttributeError as e:
        print(e)
try:
    "abc".upper = 1
except AttributeError as e:
    print(e)
