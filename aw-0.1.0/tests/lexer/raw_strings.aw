print(r"a\nb", R'\t', r'\\', r"\"", len(r"\n"))
print(r'C:\path\to\file')
print(rb'\x00', Rb"\n", bR'\\', BR'a\b')
print(repr(r'\''), repr(r"\\n"))
