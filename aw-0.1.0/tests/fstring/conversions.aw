s = "café\n"
print(f"{s!r}|{s!s}|{s!a}")
print(f"{'x'!r:>6}|{3.0!s:<5}|")
print(f"{[1, 'a']!s} {[1, 'a']!r} {None!r}")
