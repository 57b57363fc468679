print("append" in dir(list), "upper" in dir(str), "keys" in dir(dict), "nope" in dir(list))
print("append" in dir([]), "bit_length" in dir(1), "add" in dir(set()), "pop" in dir({}))
d = dir(str)
print(d == sorted(d), type(d).__name__)
