# a round trip keeps the value
import json

data = {
    "name": "aw",
    "version": [0, 1, 2],
    "nested": {"list": [1, 2.5, "three", None, True, False], "empty": {}},
    "unicode": "\u00e9\u4e2d\U0001F600",
    "big": 2 ** 70,
    "neg": -1.25e-10,
}
for kw in [{}, {"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False},
           {"separators": (",", ":")}]:
    text = json.dumps(data, **kw)
    print(json.loads(text) == data, len(text))
print(json.loads(json.dumps((1, 2))))
print(json.loads(json.dumps({1: 2, None: 3})))
