def none_implicit():
    x = 1
def none_explicit():
    return
def many():
    return 1, "two", [3]
def early(n):
    if n > 0:
        return "pos"
    print("fell through")
print(none_implicit(), none_explicit(), many())
a, b, c = many()
print(a, b, c)
print(early(1), early(0))
