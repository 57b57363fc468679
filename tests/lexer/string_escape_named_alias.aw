# Name aliases (NameAliases.txt) work in \N{...}, as in CPython.
print(ascii("\N{LF}"), ascii("\N{LINE FEED}"), ascii("\N{NUL}"))
print(ascii("\N{BYTE ORDER MARK}"), ascii("\N{ZWNJ}"), ascii("\N{VS1}"))
print(ascii("\N{LATIN CAPITAL LETTER GHA}"))  # a correction alias
print("\N{LATIN CAPITAL LETTER OI}" == "\N{LATIN CAPITAL LETTER GHA}")
