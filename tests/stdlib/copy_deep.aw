# copy.deepcopy copies every mutable level
import copy

data = {"list": [1, [2, [3, [4]]]], "dict": {"k": {"j": [5]}}, "tuple": ([6], 7), "set": {8}}
d = copy.deepcopy(data)
print(d == data, d is data)
print(d["list"][1] is data["list"][1], d["list"][1][1][1] is data["list"][1][1][1])
print(d["dict"]["k"] is data["dict"]["k"], d["tuple"] is data["tuple"], d["tuple"][0] is data["tuple"][0])
print(d["set"] is data["set"], d["set"] == data["set"])
d["list"][1][1][1].append("x")
print(data["list"])
print(d["list"])
t = ([1], [2])
dt = copy.deepcopy(t)
print(type(dt).__name__, dt == t, dt is t, dt[0] is t[0])
