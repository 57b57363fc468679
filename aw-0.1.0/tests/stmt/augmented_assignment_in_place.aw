a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
d = {'k': [0]}
d['k'] += [1]
print(d)
lst = [1, 2, 3]
lst[1] *= 10
print(lst)
a += "xy"
print(a)
calls = []
def key():
    calls.append(1)
    return 0
lst[key()] += 1
print(lst, len(calls))
