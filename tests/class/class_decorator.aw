def register(cls):
    cls.registered = True
    return cls
def add_repr(cls):
    def r(self):
        return cls.__name__ + "()"
    cls.describe = r
    return cls
@register
@add_repr
class A:
    pass
print(A.registered, A().describe())
