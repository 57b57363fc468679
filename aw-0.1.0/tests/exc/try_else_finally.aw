def run(fail):
    try:
        print("body")
        if fail:
            raise KeyError("k")
    except KeyError:
        print("except")
    else:
        print("else")
    finally:
        print("finally")
run(False)
run(True)
try:
    try:
        raise ValueError("inner")
    finally:
        print("cleanup runs while propagating")
except ValueError as e:
    print("outer got", e)
