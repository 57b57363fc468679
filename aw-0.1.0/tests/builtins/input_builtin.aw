name = input()
print("hello,", name)
age = input("age? ")
print("age is", int(age) + 1)
rest = input()
print(repr(rest))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
