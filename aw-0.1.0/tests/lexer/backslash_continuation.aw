x = 1 + \
    2 + \
    3
print(x)
if x == 6 and \
   x > 0:
    print("ok")
y = [1,
2,
     3]
print(y)
def f(a,
      b):
    return a + \
b
print(f(1,
2))
