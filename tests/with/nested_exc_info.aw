class Show:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__ if et else None)
        return True
try:
    try:
        raise KeyError("outer")
    except KeyError:
        with Show():
            raise ValueError("inner")
        raise
except KeyError as e:
    print("re-raised", repr(e))
try:
    with Show():
        try:
            raise ValueError("a")
        except ValueError:
            raise TypeError("b")
except Exception:
    print("not reached")
print("end")
