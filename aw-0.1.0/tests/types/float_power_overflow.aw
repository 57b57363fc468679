print(10.0 ** 308)
print("next overflows")
print(10.0 ** 309)
