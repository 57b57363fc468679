# io.StringIO and io.BytesIO: in-memory files
import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(2)
s.write("XY")
print(s.getvalue())
s.seek(20)
s.write("!")
print(repr(s.getvalue()))
t = io.StringIO("a\nb\nc")
print(list(t), t.tell())
t.seek(0)
print(t.readlines(), t.readline())
print(t.truncate(1), repr(t.getvalue()))
with io.StringIO("x") as u:
    print(u.read(), u.closed)
print(u.closed)
try:
    u.read()
except ValueError as e:
    print(e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(e)
try:
    io.StringIO(5)
except TypeError as e:
    print(e)
b = io.BytesIO(b"ab\ncd")
print(b.read(2), b.readline(), b.read(), b.tell())
b.write(b"!!")
print(b.getvalue())
try:
    b.write("s")
except TypeError as e:
    print(e)
print(io.StringIO("a\r\nb", newline=None).read().split("\n"))
out = io.StringIO()
print("to", "buffer", file=out)
print(repr(out.getvalue()))
print(type(out).__name__, type(out).__module__)
