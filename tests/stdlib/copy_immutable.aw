# immutable values are their own copies (and deep copies, where CPython says so)
import copy

values = [None, True, 1, 2 ** 100, 1.5, "str", b"bytes", (1, 2), frozenset([1]),
          range(3), len, print, int, copy.copy, Ellipsis, NotImplemented]
print([copy.copy(v) is v for v in values])
deep = [None, True, 1, 2 ** 100, 1.5, "str", b"bytes", (1, 2), range(3), len, int]
print([copy.deepcopy(v) is v for v in deep])
def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f)
print(copy.deepcopy((1, [2])) is (1, [2]))
t = (1, "a", (2, 3))
print(copy.deepcopy(t) is t)
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs)
sl = slice(1, 5, 2)
print(copy.copy(sl) is sl, copy.deepcopy(sl) == sl)
