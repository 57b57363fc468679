# partial's argument errors
from functools import partial
try:
    partial()
except TypeError as e:
    print(e)
try:
    partial(5)
except TypeError as e:
    print(e)
p = partial(max, 1)
try:
    p.func = min
except AttributeError as e:
    print("AttributeError")
