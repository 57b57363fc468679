import _simple

print(_simple.a)
