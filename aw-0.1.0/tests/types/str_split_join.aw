print("a b  c\t\nd ".split(), "a,b,,c".split(","), "a,b,c".split(",", 1))
print("  ".split(), "".split(), "".split(","), "abc".split("abc"), "a||b".split("||"))
print("a b c d".rsplit(None, 2), "a,b,c".rsplit(",", 1), "x".rsplit(","))
print(" a b ".split(" "), "a\u3000b".split())
print(",".join(["a", "b", "c"]), "".join("xyz"), "-".join([]), " ".join(("one",)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
