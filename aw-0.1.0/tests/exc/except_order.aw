def kind(fn):
    try:
        fn()
    except ZeroDivisionError:
        return "zero"
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
    return "none"
print(kind(lambda: 1 / 0))
print(kind(lambda: 2.0 ** 10000))
print(kind(lambda: int("x")))
print(kind(lambda: 1))
