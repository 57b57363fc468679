class MyInt(int): pass
print(MyInt(3) + MyInt(4), type(MyInt(3) + 1).__name__, MyInt(5) // 2, MyInt(2) ** 3)
print(divmod(MyInt(7), 2), divmod(7, MyInt(2)), abs(MyInt(-3)), round(MyInt(7)), -MyInt(2), ~MyInt(0))
print(MyInt(3) == 3, {MyInt(3): 1}[3], hash(MyInt(3)), str(MyInt(3)), f"{MyInt(255):x}", MyInt(3).__add__(1))
print([10, 20, 30][MyInt(1)], bin(MyInt(5)), int(MyInt(9)), float(MyInt(2)), bool(MyInt(0)))
print((7).__divmod__(2), (7).__rdivmod__(2), (7.5).__divmod__(2), (7).__divmod__(2.0), (7).__divmod__("a"))
