print("output before the traceback is kept")
try:
    1 / 0
except ZeroDivisionError as e:
    raise ValueError("converted") from e
