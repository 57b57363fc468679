from shop.pricing import price


class Cart:
    def __init__(self):
        self.lines = []

    def add(self, item, qty=1):
        self.lines.append((item, qty))
        return self

    def total(self):
        return sum([price(item) * qty for item, qty in self.lines])
