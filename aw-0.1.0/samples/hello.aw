# The first aw program: functions, f-strings and the builtin types.
def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"


print(greet("aw"))
squares = {n: n * n for n in range(1, 6)}
print("squares:", squares)
print(f"2**100 = {2**100}, 0.1 + 0.2 = {0.1 + 0.2!r}")
