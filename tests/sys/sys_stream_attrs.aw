import sys

for s in [sys.stdin, sys.stdout, sys.stderr]:
    print(repr(s), s.name, s.mode, s.encoding, s.closed)
    print(s.readable(), s.writable(), s.fileno())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__,
      sys.stdin is sys.__stdin__)
print(type(sys.stdout).__name__)
