# Counter arithmetic keeps positive counts
from collections import Counter
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b)
print(a - b)
print(a | b)
print(a & b)
print(+Counter(a=2, b=-1), -Counter(a=2, b=-1))
print(Counter("ab") == Counter("ba"), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2))
print(Counter("aab") == {"a": 2, "b": 1})
try:
    Counter(a=1) + {"a": 1}
except TypeError as e:
    print(e)
