i = 0
while i < 3:
    i += 1
else:
    print("while finished", i)
while True:
    i += 1
    if i > 5:
        break
else:
    print("not printed")
print("broke at", i)
while False:
    pass
else:
    print("else of empty while")
