try:
    s = "a" * (2 ** 62)
    print("allocated?!")
except (OverflowError, MemoryError):
    print("refused")
try:
    l = [0] * (2 ** 62)
    print("allocated?!")
except (OverflowError, MemoryError):
    print("refused")
