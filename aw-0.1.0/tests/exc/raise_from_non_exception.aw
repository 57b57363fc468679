try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
