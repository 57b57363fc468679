class A: pass
a = A()
print(hash(a) == hash(a), {a: 1}[a], a in {a}, A.__hash__ is object.__hash__)
