# numbers: big ints, float syntax edges, parse_int / parse_float / parse_constant
import json

print(json.loads("12345678901234567890123456789"))
print(json.loads("-98765432109876543210"))
print(json.loads("[1.0, 2.50, 1e1, 0.1e-1, 123e-2]"))
print(json.loads("[1.5, 2, 3e1]", parse_float=str, parse_int=float))
print(json.loads("[10, 1.25]", parse_int=lambda s: "int:" + s, parse_float=lambda s: "f:" + s))
print(json.loads("[NaN, -Infinity]", parse_constant=lambda s: "const:" + s))
print(json.loads("[1, 2.0]", parse_int=int, parse_float=float))
print(json.loads("1", parse_int=None))
for s in ["01", "1.", "1e", "1.5e+", "-", "-a", ".5", "+1", "1_000", "0x10"]:
    try:
        print(repr(s), json.loads(s))
    except json.JSONDecodeError as e:
        print(repr(s), "->", e)
