# Closures and nonlocal: a counter factory.
def make_counter(start=0):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step


tick = make_counter()
tick()
tick(5)
print("counter:", tick())
