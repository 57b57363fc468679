from _simple import a, b as second, hello

print(a, second, hello("from"))
print("b" in dir(), "_simple" in dir())
