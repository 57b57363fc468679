class A(metaclass=type):
    pass
print(type(A), A.__name__)
def meta(name, bases, ns):
    ns["extra"] = name.lower()
    return type(name, bases, ns)
class B(metaclass=meta):
    pass
print(B.extra, type(B))
