def f(n):
    try:
        try:
            if n == 0:
                raise KeyError(n)
            if n == 1:
                raise ValueError(n)
            return "no error"
        except KeyError:
            return "inner KeyError"
        finally:
            print("inner finally", n)
    except ValueError:
        return "outer ValueError"
for n in range(3):
    print(f(n))
