print(0 or 'x', [] or {} or 0, 1 and 2, 0 and 1/0, '' and 'x', None or None)
print(1 or 1/0, not [], not [0], True and not False)
print(1 and 2 or 3, 0 and 2 or 3, 0 or 0 and 1)
def t(v):
    print("eval", v)
    return v
print(t(0) or t(2) or t(3))
print(t(1) and t(0) and t(5))
