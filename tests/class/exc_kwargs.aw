class E(Exception):
    pass
try:
    E(a=1)
except TypeError as e:
    print(e)
class K(Exception):
    def __init__(self, msg, *, level=0):
        super().__init__(msg)
        self.level = level
k = K("m", level=3)
print(k.args, k.level)
