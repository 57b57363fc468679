x = 1
del x
print('x' in globals())
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
a, b = 1, 2
del a, b
print('a' in globals(), 'b' in globals())
