for f in [lambda: [][0], lambda: (1,)[5], lambda: "abc"[-4], lambda: [].pop(),
          lambda: [1].pop(3), lambda: range(3)[3], lambda: b"x"[1]]:
    try:
        f()
    except IndexError as e:
        print(e)
lst = [1]
try:
    lst[2] = 0
except IndexError as e:
    print(e)
