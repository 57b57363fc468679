# instances of classes derived from int, float and str keep their class
# and value through copy and deepcopy
import copy

class MyInt(int):
    pass

class MyFloat(float):
    pass

class MyStr(str):
    pass

for v in [MyInt(7), MyFloat(2.5), MyStr("ab")]:
    v.tag = [1]
    c = copy.copy(v)
    d = copy.deepcopy(v)
    print(type(c).__name__, c == v, c.tag is v.tag, type(d).__name__, d == v, d.tag is v.tag)
