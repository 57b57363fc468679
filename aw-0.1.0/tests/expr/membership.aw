print(3 in [1, 2, 3], 4 not in [1, 2, 3], 'b' in 'abc', 'bc' in 'abc', '' in 'x')
print(2 in (1, 2), 1 in {1: 'a'}, 'a' in {1: 'a'}, 3 in {3}, 5 in range(0, 10, 5))
print(not 3 in [3], not (3 in [3]), [1] in [[1], 2], b'b' in b'abc', 98 in b'abc')
