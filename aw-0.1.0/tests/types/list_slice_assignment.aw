a = list(range(10))
a[2:5] = ["x"]; print(a)
a[1:1] = [100, 200]; print(a)
a[-2:] = []; print(a)
a[::2] = "ABCD"; print(a)
a[:] = [1, 2, 3]; print(a)
a[5:] = [9]; print(a)
b = [0, 1, 2, 3, 4, 5]
b[::-2] = [50, 30, 10]; print(b)
del b[1::2]; print(b)
try:
    b[::2] = [1, 2, 3, 4]
except ValueError as e:
    print(e)
c = [1, 2, 3]
c[1:2] = c; print(c)
