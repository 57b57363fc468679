x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4 < 3, 3 > 2 > 1)
print(1 == 1.0 == True, 'a' < 'b' <= 'b' != 'c')
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
