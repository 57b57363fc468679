x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
n = 10
print([n + i for i in range(3)])
def f():
    k = 2
    return [k * i for i in range(3)]
print(f())
try:
    print(i)
except NameError as e:
    print("NameError:", e)
