print(f"{True}|{True:>6}|{None}|{1.0}|{1e16}|{1e-5}")
print(f"{[1.5, 'x']}|{(1,)}|{ {'a': 1} }")
