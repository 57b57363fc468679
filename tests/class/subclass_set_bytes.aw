class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
t = Tags([1])
t.add_all(2, 3)
print(sorted(t), len(t), type(t).__name__, 2 in t)
class Blob(bytes):
    def hexlen(self):
        return len(self.hex())
b = Blob(b"ab")
print(b, b.hexlen(), b[0], type(b).__name__)
