x: int = 5
y: "anything goes" = "s"
print(x, y)
z: list
print('z' in globals())
def f(a: int, b: str = "d") -> str:
    v: float = 1.5
    return b * a + str(v)
print(f(2))
lst = [0]
lst[0]: int = 7
print(lst)
