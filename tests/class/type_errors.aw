for args in [("X", 1, {}), (1, (), {}), ("X", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
try:
    type("X", ())
except TypeError as e:
    print(e)
