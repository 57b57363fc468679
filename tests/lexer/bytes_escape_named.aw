# \N is not an escape in bytes: the backslash stays.
print(b"\N{SNOWMAN}", len(b"\N{SNOWMAN}"))
print(b"\N", rb"\N{LF}", b"\\N{LF}")
print(b"a\N{nope}b" == b"a\\N{nope}b")
