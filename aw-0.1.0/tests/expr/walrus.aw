data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("n is", n)
i = 0
while (i := i + 1) < 4:
    print(i)
print([y for x in data if (y := x * x) > 4])
print(y)
print((a := 5), a)
def f():
    [last := v for v in range(3)]
    return last
print(f())
