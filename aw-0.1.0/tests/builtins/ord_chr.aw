print(ord("a"), ord("€"), ord("😀"), ord("\n"), ord(b"A"), chr(97), chr(8364), chr(128512), chr(0) == "\x00")
print("".join([chr(ord(c) + 1) for c in "HAL"]))
for f in [lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a")]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
