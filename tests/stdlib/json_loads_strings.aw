# escapes, surrogate pairs, lone surrogates and strict mode
import json

print(repr(json.loads(r'"\/\b\f\n\r\t\"\\"')))
print(json.loads(r'"\u00e9\u00E9\u20ac"'))
print(json.loads(r'"\ud83d\ude00"') == "\U0001F600")
print(repr(json.loads(r'"\ud800"')), repr(json.loads(r'"\udc00x"')))
print(repr(json.loads(r'"\ud83d\u0041"')))
print(repr(json.loads(r'"\ud83dabcdefgh"')))
print(repr(json.loads('"a\\u0000b"')))
print(repr(json.loads('"a\nb"', strict=False)))
print(repr(json.loads('"\x7f\u00e9"')))
print(json.loads('["\u4e2d\u6587", "caf\u00e9"]'))
