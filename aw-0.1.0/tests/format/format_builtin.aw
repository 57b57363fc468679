print(format(1234.5, ",.1f"), format(255, "x"), format("s", "^5"), format(3), format(0.5, ""), format(None))
print(format(True), format(True, ""), format(True, ">5"), format(True, "d"), format(1, "f"))
for spec, v in [("d", 1.5), ("Q", 1), ("s", 1), ("d", "s"), (",s", "x"), (".2d", 5), ("=5", "x")]:
    try:
        format(v, spec)
    except ValueError as e:
        print(e)
try:
    format(None, ">5")
except TypeError as e:
    print(e)
