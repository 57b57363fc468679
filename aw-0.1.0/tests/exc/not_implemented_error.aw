def todo():
    raise NotImplementedError("later")
try:
    todo()
except RuntimeError as e:
    print(type(e).__name__, e)
todo()
