first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, b = range(5)
print(a, mid, b)
x, *y = [1]
print(x, y)
(p, q), *r = [(1, 2), 3]
print(p, q, r)
[m, *n] = (9, 8)
print(m, n)
