# builtin functions expose __name__, __qualname__, __module__, __doc__
print(len.__name__, len.__qualname__, len.__module__)
print(print.__name__, abs.__module__)
print([].append.__name__, [].append.__qualname__, [].append.__module__)
print(dict.fromkeys.__name__, str.upper.__qualname__)
import functools
print(functools.reduce.__name__, functools.reduce.__qualname__)
print(type(len.__doc__).__name__ in ("str", "NoneType"))
