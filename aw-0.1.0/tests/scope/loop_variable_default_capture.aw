funcs = {}
for name in ["a", "b"]:
    def f(name=name):
        return name.upper()
    funcs[name] = f
print(funcs["a"](), funcs["b"]())
print(name)
