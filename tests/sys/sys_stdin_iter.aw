import sys

count = 0
for line in sys.stdin:
    count += 1
    print(count, repr(line))
print("lines:", count)
