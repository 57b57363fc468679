import time
g = time.gmtime(0)
print(g, len(g), g[0], g[-1], g[1:3], list(g), tuple(g))
print(g == (1970, 1, 1, 0, 0, 0, 3, 1, 0), isinstance(g, tuple), type(g), time.struct_time)
print(g.count(0), g.index(1970), hash(g) == hash(tuple(g)), g + (1,), g[::3])
y, m, d, *rest = g
print(y, m, d, rest)
s = time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_yday, s.tm_zone, s.tm_gmtoff, repr(s) == str(s))
print(time.struct_time([1, 2, 3, 4, 5, 6, 7, 8, 9]).tm_mon, time.struct_time.n_fields, time.struct_time.n_sequence_fields)
for bad in [(2024, 1, 2), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    g.tm_year = 5
except AttributeError as e:
    print('AttributeError')
