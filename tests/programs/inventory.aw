# An inventory of dataclass-like records: __repr__ and __eq__ written by
# hand, a container class with __len__/__getitem__/__contains__/__iter__.


class Item:
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku = sku
        self.name = name
        self.price = price  # in cents
        self.qty = qty
        self.tags = list(tags)

    def __repr__(self):
        return (f"Item(sku={self.sku!r}, name={self.name!r}, "
                f"price={self.price}, qty={self.qty}, tags={self.tags!r})")

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.sku, self.name, self.price, self.qty, self.tags) == \
               (other.sku, other.name, other.price, other.qty, other.tags)

    @property
    def value(self):
        return self.price * self.qty


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.sku in self._items:
            self._items[item.sku].qty += item.qty
        else:
            self._items[item.sku] = item
        return self

    def remove(self, sku, qty):
        item = self[sku]
        if item.qty < qty:
            raise OutOfStock(f"{item.name}: have {item.qty}, want {qty}")
        item.qty -= qty
        if item.qty == 0:
            del self._items[sku]

    def __len__(self):
        return len(self._items)

    def __getitem__(self, sku):
        try:
            return self._items[sku]
        except KeyError:
            raise KeyError(f"no such sku: {sku}") from None

    def __contains__(self, sku):
        return sku in self._items

    def __iter__(self):
        return iter(list(self._items.values()))

    def total_value(self):
        return sum([i.value for i in self])

    def by_tag(self):
        groups = {}
        for item in self:
            for t in item.tags:
                groups.setdefault(t, []).append(item.sku)
        return dict(sorted(groups.items()))


def cents(n):
    return f"${n // 100}.{n % 100:02d}"


inv = Inventory()
inv.add(Item("A1", "bolt", 25, 100, ["hardware", "small"]))
inv.add(Item("B7", "hammer", 1599, 3, ["hardware", "tool"]))
inv.add(Item("C3", "glue", 350, 12, ["craft"])).add(Item("A1", "bolt", 25, 50))
print(len(inv), "A1" in inv, "Z9" in inv)
print(inv["A1"])
print(inv["A1"] == Item("A1", "bolt", 25, 150, ["hardware", "small"]))
print(inv["A1"] == Item("A1", "bolt", 25, 151, ["hardware", "small"]))
print(inv["A1"] != "A1", inv["A1"] == None)
for item in sorted(inv, key=lambda i: i.value, reverse=True):
    print(f"{item.sku} {item.name:<8}{item.qty:>5} x {cents(item.price):>7} = {cents(item.value):>8}")
print("total", cents(inv.total_value()))
print(inv.by_tag())
inv.remove("B7", 3)
print(len(inv), [i.sku for i in inv])
try:
    inv.remove("C3", 20)
except OutOfStock as e:
    print("OutOfStock:", e)
try:
    inv["B7"]
except KeyError as e:
    print("KeyError:", e, e.__suppress_context__, e.__cause__)
print([repr(i) for i in inv][1])
print(Item.__eq__(inv["C3"], 5), Item.__hash__)
