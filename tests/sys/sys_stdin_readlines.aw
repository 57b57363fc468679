import sys

first = input()
print("input:", first)
print(sys.stdin.readlines())
print(sys.stdin.readlines())
