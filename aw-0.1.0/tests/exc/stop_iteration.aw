it = iter([1])
print(next(it))
print("next raises")
next(it)
