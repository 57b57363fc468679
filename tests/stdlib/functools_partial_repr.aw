# repr of partial objects
import functools
print(repr(functools.partial(max, 1, 2, key=abs)))
print(functools.partial(print, sep="-"))
print(functools.partial(len))
print(repr(functools.partial(functools.partial(max, 1), 2)))
