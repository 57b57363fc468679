# Calling an instance method on the class without an instance.


class Counter:
    def __init__(self):
        self.n = 0

    def increment(self, by=1):
        self.n += by
        return self.n


c = Counter()
print(c.increment(), Counter.increment(c, 5))
Counter.increment()
