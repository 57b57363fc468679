a = [1, 2]
print([*a, 3, *a], (*a,), {*a, 3}, [*"hi", *range(2)])
print({**{'x': 1}, 'y': 2, **{'x': 3}})
print(*a, *a)
t = *a, 0
print(t)
