# __copy__, __deepcopy__(memo), __getstate__ and __setstate__ are honoured
import copy

class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__")
        return Custom(self.v + "-copy")

    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + "-deep")

c = Custom("v")
print(copy.copy(c).v)
print(copy.deepcopy(c).v)
both = copy.deepcopy([c, c])
print(both[0] is both[1], both[0].v)

class State:
    def __init__(self):
        self.a = 1
        self.b = [2]

    def __getstate__(self):
        print("getstate")
        return {"a": self.a * 10}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)

s = copy.copy(State())
print(s.a, hasattr(s, "b"))
d = copy.deepcopy(State())
print(d.a)
