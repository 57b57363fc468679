# The format mini-language in f-strings, str.format and %.
pi = 3.14159265
print(f"{pi:.3f} {pi:10.2e} {1234567:,} {255:#x} {'left':<8}|")
print("{0:>6} {1:^7} {name}".format("a", "mid", name="kw"))
print("%5.1f%% of %s" % (42.123, "total"))
