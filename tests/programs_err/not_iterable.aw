# Iterating over an instance with neither __iter__ nor __getitem__.


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)


b = Bag(1, 2, 3)
print(len(b))
for x in b:
    print(x)
