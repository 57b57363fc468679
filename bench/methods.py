# 10,000,000 calls of one method on one object.
class Acc:
    def __init__(self):
        self.k = 1

    def m(self, i):
        return i + self.k


def main():
    o = Acc()
    r = 0
    for i in range(10000000):
        r = o.m(i)
    print(r)


main()
