nested = []
for _ in range(10000):
    nested = [nested]
depth = 0
node = nested
while node:
    node = node[0]
    depth += 1
print(depth)
nested = None
print("freed")
