class P:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10
    def s(self):
        return self.a * 100 + self.b
total = 0
for i in range(50):
    p = P(i % 2 == 0)
    total += p.s()
    if i == 25:
        p.a = 0
        total += p.s()
print(total)
