# zip_longest pads the shorter inputs
from itertools import zip_longest
print(list(zip_longest("abc", [1])))
print(list(zip_longest("ab", "wxyz", fillvalue="-")))
print(list(zip_longest()))
print(list(zip_longest([1, 2])))
print(list(zip_longest([], [], fillvalue=0)))
try:
    zip_longest([1], fill=1)
except TypeError as e:
    print(e)
