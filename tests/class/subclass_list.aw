class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__)
s.tag = "t"
print(s.tag, s + [4], sorted(s, reverse=True))
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
print(Init(3), Init(3).n)
