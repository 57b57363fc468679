import sys

print(type(sys.modules).__name__)
print(sys.modules["sys"] is sys, "builtins" in sys.modules)
print(sys.modules["__main__"].__name__, sys.modules["__main__"].sys is sys)
import builtins
print(builtins is sys.modules["builtins"], builtins.len is len)
