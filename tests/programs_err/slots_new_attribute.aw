# A __slots__ class rejects an attribute it does not declare.


class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color):
        self.x, self.y, self.color = x, y, color


p = Pixel(1, 2, "red")
p.color = "blue"
print(p.x, p.y, p.color)
p.alpha = 0.5
