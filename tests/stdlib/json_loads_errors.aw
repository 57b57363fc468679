# CPython's JSONDecodeError messages and positions
import json

cases = [
    "", "   ", "[", "{", "[1,]", '{"a":1,}', '{"a" 1}', "{a:1}", "[1 2]",
    '{"a":1 "b":2}', '"abc', '"a\nb"', '"a\tb"', "1 2", "nul", "tru", "-Inf",
    '{"a":', '[1,2', '{"a"', '{"a":1', "[-]", '{"a":1}{', "Infinityx",
    '"\\x"', '"\\u12"', '"\\u12g4"', '"\\u1234', '"\\ud83d\\u12"',
    '"\\ud83d\\ude00', '"\\ud83d\\x41"', '"\\', '[1, "\\q"]', '"\u00e9\\"',
    '"\u00e9" x', '{"\u00e9" 1}', "[1,\n 2,\n x]", "\n\n  ]", "\ufeff1",
    "[1, 2, 3] tail", "{\"k\": [1, {\"j\": tru}]}",
]
for s in cases:
    try:
        json.loads(s)
        print(repr(s), "no error")
    except json.JSONDecodeError as e:
        print(repr(s), "->", e, "|", repr(e.msg), e.pos, e.lineno, e.colno)
