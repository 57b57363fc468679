class Counter:
    count = 0
    label = "c"

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a = Counter()
b = Counter()
print(Counter.count, a.id, b.id, a.count, b.label)
a.count = 99
print(a.count, Counter.count, b.count)
del a.count
print(a.count)
