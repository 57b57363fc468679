import sys

a = sys.intern("".join(["inter", "ned"]))
b = sys.intern("interned")
print(a == b, a is b)
try:
    sys.intern(1)
except TypeError as e:
    print(e)
