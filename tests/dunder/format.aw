class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "":
            return f"${self.v}"
        return f"${self.v:{spec}}"
m = Money(3.14159)
print(format(m), format(m, ".2f"), f"{m}", f"{m:>8.1f}", "{:.3f}".format(m), "{0}".format(m))
class Plain:
    def __str__(self): return "plain"
print(format(Plain()), f"{Plain()}", f"{Plain()!s:>7}")
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
class Bad:
    def __format__(self, spec): return 5
try:
    format(Bad())
except TypeError as e:
    print(e)
