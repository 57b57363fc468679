# instances of classes derived from int, float, str, list and dict encode
# as their builtin values (a __repr__ of their own is not used)
import json

class MyInt(int):
    def __repr__(self):
        return "MyInt!"

class MyFloat(float):
    pass

class MyStr(str):
    pass

class MyList(list):
    pass

class MyDict(dict):
    pass

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(a=1)]))
print(json.dumps({MyInt(3): 1, MyFloat(1.5): 2, MyStr("k"): 3}))
print(json.dumps(MyFloat("nan")), json.dumps(MyInt(2) ** 70))
try:
    json.dumps([MyFloat("inf")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
