r = range(1, 10, 2)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r, r.index(7), r.count(3))
print(range(5), range(0), list(range(0)), list(range(5, 0, -1)), list(range(-3)), list(range(10, 0, -3)))
print(range(0, 3) == range(3), range(0) == range(2, 1), range(3)[::-1], list(range(3)[::-1]))
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], list(range(2, -5, -2)))
big = range(10 ** 20)
print(big[-1], big[10 ** 19], 10 ** 19 in big, range(0, 10 ** 20, 3)[5])
try:
    range(3)[3]
except IndexError as e:
    print(e)
try:
    range(0, 1, 0)
except ValueError as e:
    print(e)
