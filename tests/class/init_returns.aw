class C:
    def __init__(self):
        return 1
try:
    C()
except TypeError as e:
    print(e)
class D:
    def __init__(self, v):
        if v:
            return "no"
try:
    D(True)
except TypeError as e:
    print(e)
print(type(D(False)).__name__)
