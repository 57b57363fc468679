# json.loads of every JSON value
import json

print(json.loads("null"), json.loads("true"), json.loads("false"))
print(json.loads("0"), json.loads("-0"), json.loads("42"), json.loads("-17"))
print(json.loads("1.5"), json.loads("-0.0"), json.loads("1e5"), json.loads("1E+2"))
print(json.loads("2.5e-3"), json.loads("0.1e1"), json.loads("1.5e400"), json.loads("-1e-400"))
print(repr(json.loads('"text"')), repr(json.loads('""')))
print(json.loads("[]"), json.loads("{}"), json.loads("[1, [2, [3]]]"))
print(json.loads('{"a": 1, "b": [true, false, null], "c": {"d": "e"}}'))
print(json.loads(' \n\t\r [ 1 , 2 ] \n '))
print(json.loads('{"a":1,"a":2}'))
print(json.loads("[NaN, Infinity, -Infinity]"))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__)
print(json.loads('{"\u00e9": "\u00fc"}'))
print(json.loads(b'{"bytes": [1]}'), json.loads(b'\xef\xbb\xbf[2]'))
