for i in range(3):
    pass
else:
    print("for finished", i)
for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("broke at", i)
for x in []:
    print("no")
else:
    print("else of empty for")
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            return i
    else:
        return -1
print(find("abc", "c"), find("abc", "z"))
