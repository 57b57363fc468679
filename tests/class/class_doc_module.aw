class A:
    "Docstring of A."
class B:
    pass
print(A.__doc__)
print(B.__doc__)
print(A.__module__, __name__)
print(sorted([k for k in vars(A) if not k.startswith("__w") and k != "__dict__"]))
