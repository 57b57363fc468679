# 1,000,000 small instances, a method called on each.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def main():
    s = 0
    for i in range(1000000):
        p = P(i, i + 1)
        s += p.total()
    print(s)


main()
