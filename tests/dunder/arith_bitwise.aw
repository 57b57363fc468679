class B:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"B({self.v})"
    def __and__(self, o): return B(self.v & o)
    def __or__(self, o): return B(self.v | o)
    def __xor__(self, o): return B(self.v ^ o)
    def __lshift__(self, o): return B(self.v << o)
    def __rshift__(self, o): return B(self.v >> o)
    def __invert__(self): return B(~self.v)
    def __rand__(self, o): return ("rand", o)
    def __ror__(self, o): return ("ror", o)
    def __rxor__(self, o): return ("rxor", o)
    def __rlshift__(self, o): return ("rlshift", o)
    def __rrshift__(self, o): return ("rrshift", o)
b = B(12)
print(b & 10, b | 3, b ^ 5, b << 2, b >> 2, ~b)
print(1 & b, 1 | b, 1 ^ b, 1 << b, 1 >> b)
