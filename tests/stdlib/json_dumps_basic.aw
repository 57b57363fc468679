# json.dumps of every basic type, compact form
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(2 ** 100))
print(json.dumps(1.5), json.dumps(-0.0), json.dumps(1e16), json.dumps(1e-7))
print(json.dumps(0.1 + 0.2), json.dumps(123456789.123456789))
print(json.dumps("hello"), json.dumps(""))
print(json.dumps([]), json.dumps({}), json.dumps(()))
print(json.dumps([1, "two", 3.0, None, True]))
print(json.dumps((1, (2, 3))))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
print(json.dumps([[[]], [{}], {"x": []}]))
print(type(json.dumps(1)).__name__)
