# Exceptions: handlers, else/finally, chaining with `from`.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad number {text!r}") from e


for text in ["42", "x1"]:
    try:
        value = parse(text)
    except RuntimeError as e:
        print("error:", e, "| cause:", repr(e.__cause__))
    else:
        print("parsed", value)
    finally:
        print("done with", text)
