n = 1000
print(f"{n:d} {n:b} {n:o} {n:x} {n:X} {n:c} {97:c} {n:e} {n:E} {n:f} {n:F} {n:g} {n:G} {n:%} {n}")
print(f"{-n:d} {-n:b} {-n:x} {2 ** 70:x} {2 ** 70:d} {2 ** 70:e}")
print("%d %i %o %x %X %c %e %E %f %g %G %r %s %%" % (n, n, n, n, n, 9731, n, n, n, n, n, "r", "s"))
