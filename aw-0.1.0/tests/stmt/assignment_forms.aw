a = b = c = [1]
a.append(2)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[s, t] = "st"
print(s, t)
d = {}
d['k'] = l = [0, 0]
l[0] = 5
print(d)
i = 0
arr = [10, 20]
i, arr[i] = 1, 99
print(i, arr)
