items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print(x)
print(items)
