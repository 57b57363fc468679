# The state pattern: a vending machine whose states are classes, each with
# the same methods; transitions replace the state object.


class MachineError(Exception):
    pass


class State:
    def insert(self, m, coins):
        raise MachineError(f"cannot insert coins while {self}")

    def select(self, m, item):
        raise MachineError(f"cannot select while {self}")

    def cancel(self, m):
        raise MachineError(f"nothing to cancel while {self}")

    def __str__(self):
        return type(self).__name__.replace("State", "").lower()


class IdleState(State):
    def insert(self, m, coins):
        m.credit += coins
        m.state = HasCreditState()


class HasCreditState(State):
    def insert(self, m, coins):
        m.credit += coins

    def select(self, m, item):
        if item not in m.stock:
            raise MachineError(f"unknown item {item!r}")
        price, count = m.stock[item]
        if count == 0:
            m.state = SoldOutState(item, self)
            raise MachineError(f"{item} is sold out")
        if m.credit < price:
            raise MachineError(f"{item} costs {price}, credit is {m.credit}")
        m.stock[item] = (price, count - 1)
        m.credit -= price
        m.dispensed.append(item)
        change = m.credit
        m.credit = 0
        m.state = IdleState()
        return change

    def cancel(self, m):
        refund, m.credit = m.credit, 0
        m.state = IdleState()
        return refund


class SoldOutState(State):
    def __init__(self, item, previous):
        self.item = item
        self.previous = previous

    def select(self, m, item):
        m.state = self.previous
        return m.state.select(m, item)

    def cancel(self, m):
        m.state = self.previous
        return m.state.cancel(m)

    def __str__(self):
        return f"soldout({self.item})"


class Machine:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.credit = 0
        self.dispensed = []
        self.state = IdleState()

    def __getattr__(self, action):
        # machine.insert(...) forwards to the state's method of that name
        if action in ("insert", "select", "cancel"):
            method = getattr(self.state, action)
            return lambda *args: method(self, *args)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {action!r}")


m = Machine({"cola": (150, 2), "chips": (100, 0), "gum": (50, 5)})
script = [("select", "cola"), ("insert", 100), ("select", "cola"), ("insert", 100),
          ("select", "cola"), ("cancel",), ("insert", 200), ("select", "chips"),
          ("select", "gum"), ("insert", 300), ("select", "tea"), ("select", "cola"),
          ("insert", 150), ("select", "cola"), ("cancel",)]
for action, *args in script:
    try:
        result = getattr(m, action)(*args)
        print(f"{action:<7}{str(args):<10} -> {result!s:<5} state={m.state} credit={m.credit}")
    except MachineError as e:
        print(f"{action:<7}{str(args):<10} !! {e} (state={m.state})")
print(m.dispensed, m.stock)
try:
    m.refill()
except AttributeError as e:
    print("AttributeError:", e)
print([str(s) for s in (IdleState(), HasCreditState(), SoldOutState("x", None))])
