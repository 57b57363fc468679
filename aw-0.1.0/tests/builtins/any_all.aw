print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any("abc"), all([x > 0 for x in [1, 2]]), any({0: 1}), all(range(1, 5)))
def noisy(v):
    print("check", v)
    return v
print(any(map(noisy, [0, 1, 2])))
print(all(map(noisy, [1, 0, 2])))
