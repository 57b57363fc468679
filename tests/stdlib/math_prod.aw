import math
print(math.prod([]), math.prod([], start=2.5), math.prod(range(1, 30)), math.prod([1.5, 2, 3]))
print(math.prod([2**40, 2**40, 3]), math.prod(range(3), start=[1]), math.prod(['a', 2]), math.prod((2, 'ab')))
print(math.prod([1, 2], start=3), math.prod([True, True]), math.prod([0.1] * 5))
for call in [lambda: math.prod(), lambda: math.prod([1], 3), lambda: math.prod([1], start=2, foo=1),
             lambda: math.prod([1], foo=1), lambda: math.prod(5), lambda: math.prod(['a', 'b'])]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
