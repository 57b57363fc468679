class V:
    def __init__(self, n):
        if n == 3:
            raise ValueError("three")
        self.n = n
out = []
for i in range(5):
    try:
        out.append(V(i).n)
    except ValueError as e:
        out.append(str(e))
print(out)
