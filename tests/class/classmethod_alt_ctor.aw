class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    def __repr__(self):
        return "Date(%d, %d, %d)" % (self.y, self.m, self.d)
class MyDate(Date):
    pass
d = MyDate.parse("2024-01-31")
print(type(d).__name__, d.y, d.m, d.d)
