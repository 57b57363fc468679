def f():
    return missing_global_zz + 1
try:
    f()
except NameError as e:
    print(e)
missing_global_zz = 41
print(f())
