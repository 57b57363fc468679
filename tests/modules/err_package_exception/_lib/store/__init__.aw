from .errors import NotFound


class Store:
    def __init__(self, stock):
        self.stock = stock

    def get(self, item):
        if item not in self.stock:
            raise NotFound(f"no {item} in stock")
        return self.stock[item]
