import sys

n = sys.stdout.write("hello\n")
print(n)
print(sys.stdout.write("h\u00e9llo \u4e16\u754c\n"))
print(sys.stdout.write(""))
w = sys.stdout.write
w("bound method\n")
