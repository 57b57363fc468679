a = {'x': 1, 'y': 2}
b = {'y': 3, 'z': 4}
print(a | b, b | a)
a |= b
print(a)
a |= [('w', 0)]
print(a)
