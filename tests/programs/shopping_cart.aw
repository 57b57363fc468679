# A shopping cart with pluggable pricing strategies: discount classes with
# a common interface, callables as strategies, coupons validated by a
# registry, taxes per category, and a printed receipt.


class Product:
    def __init__(self, sku, name, price, category="general"):
        self.sku, self.name, self.price, self.category = sku, name, price, category

    def __repr__(self):
        return f"<{self.sku} {self.name}>"


class LineItem:
    def __init__(self, product, qty):
        self.product, self.qty = product, qty

    @property
    def subtotal(self):
        return self.product.price * self.qty


class Discount:
    label = "discount"

    def amount(self, cart):
        return 0

    def __repr__(self):
        return f"{type(self).__name__}()"


class PercentOff(Discount):
    def __init__(self, percent, category=None):
        self.percent, self.category = percent, category
        self.label = f"{percent}% off" + (f" {category}" if category else "")

    def amount(self, cart):
        base = sum([li.subtotal for li in cart.items
                    if self.category in (None, li.product.category)])
        return base * self.percent // 100


class BuyXGetY(Discount):
    def __init__(self, sku, x, y):
        self.sku, self.x, self.y = sku, x, y
        self.label = f"buy {x} get {y} free ({sku})"

    def amount(self, cart):
        for li in cart.items:
            if li.product.sku == self.sku:
                free = li.qty // (self.x + self.y) * self.y
                return free * li.product.price
        return 0


class Threshold(Discount):
    def __init__(self, minimum, off):
        self.minimum, self.off = minimum, off
        self.label = f"{off} off orders over {minimum}"

    def amount(self, cart):
        return self.off if cart.gross() >= self.minimum else 0


COUPONS = {"SAVE10": lambda: PercentOff(10), "BOOKS25": lambda: PercentOff(25, "books"),
           "BIG": lambda: Threshold(10000, 1500)}
TAX = {"books": 0, "food": 6, "general": 20}


class InvalidCoupon(KeyError):
    pass


class Cart:
    def __init__(self):
        self.items = []
        self.discounts = []

    def add(self, product, qty=1):
        for li in self.items:
            if li.product is product:
                li.qty += qty
                return self
        self.items.append(LineItem(product, qty))
        return self

    def apply(self, code):
        if code not in COUPONS:
            raise InvalidCoupon(code)
        self.discounts.append(COUPONS[code]())

    def gross(self):
        return sum([li.subtotal for li in self.items])

    def tax(self):
        return sum([li.subtotal * TAX[li.product.category] // 100 for li in self.items])

    def receipt(self):
        lines = [f"{li.qty:>2} x {li.product.name:<12}{li.subtotal / 100:>9.2f}" for li in self.items]
        total = self.gross()
        lines.append(f"{'gross':<17}{total / 100:>9.2f}")
        for d in self.discounts:
            off = d.amount(self)
            total -= off
            lines.append(f"  {d.label:<28}{-off / 100:>8.2f}")
        tax = self.tax()
        lines.append(f"{'tax':<17}{tax / 100:>9.2f}")
        lines.append(f"{'TOTAL':<17}{(total + tax) / 100:>9.2f}")
        return "\n".join(lines)


book = Product("B1", "Python book", 3999, "books")
apple = Product("F1", "apples", 120, "food")
mug = Product("G1", "mug", 850)
cart = Cart().add(book).add(apple, 7).add(mug, 2).add(apple, 2)
cart.discounts.append(BuyXGetY("F1", 2, 1))
cart.apply("SAVE10")
cart.apply("BOOKS25")
print(cart.receipt())
try:
    cart.apply("FREE")
except InvalidCoupon as e:
    print("InvalidCoupon:", e, isinstance(e, KeyError))
big = Cart().add(book, 3)
big.apply("BIG")
print(big.receipt())
print(cart.discounts, [Discount().amount(cart)], sorted(COUPONS))
print([(li.product, li.qty) for li in cart.items])
