# TypeError for a missing __init__ argument names the qualified method.


class Rectangle:
    def __init__(self, width, height, color="black"):
        self.width, self.height, self.color = width, height, color

    def area(self):
        return self.width * self.height


shapes = [Rectangle(2, 3), Rectangle(4, 5, "red")]
print([s.area() for s in shapes])
shapes.append(Rectangle(7))
