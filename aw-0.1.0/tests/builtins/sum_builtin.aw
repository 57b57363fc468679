print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum(range(101)))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True]), sum([2 ** 64, 2 ** 64]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
