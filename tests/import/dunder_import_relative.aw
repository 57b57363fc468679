import _rel

g = vars(_rel)
print(__import__("two", g, None, ["two_value"], 1).__name__)
print(__import__("", g, None, ["one"], 1).__name__)
print(__import__("inner.deep", g, None, None, 1).__name__)
print(__import__("", g, None, None, 1).__name__)
