import _rel

print(_rel.one.one_value, _rel.two_value, _rel.renamed)
print(sorted([k for k in vars(_rel) if not k.startswith("__")]))
