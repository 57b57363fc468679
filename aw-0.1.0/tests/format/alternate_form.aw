for v in (0, 10, 255, -255):
    print(f"{v:#b} {v:#o} {v:#x} {v:#X} {v:b} {v:o} {v:x} {v:X}")
print("%#x %#o %#X %x" % (255, 8, 255, -255))
print(f"{1.0:#g} {1.5:#.0f} {2:#.3g}")
