import _simple

print(_simple.a, _simple.b)
print(_simple.hello("world"))
print(_simple.__name__)
