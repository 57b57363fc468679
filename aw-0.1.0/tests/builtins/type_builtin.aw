print(type(1)(5), type("s")(1), type([])("ab"), type(1.5)("2"))
print(type(1) is int, type(True) is bool, type(None).__name__, type(type(1)).__name__)
print(int.__name__, str.__name__, list.__name__, ValueError.__name__)
