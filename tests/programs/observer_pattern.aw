# The observer pattern: observable properties implemented with a
# descriptor-free property factory, subscribers as bound methods, lambdas
# and callable objects, unsubscribe, and change history.


class Observable:
    def __init__(self):
        self._subscribers = {}

    def subscribe(self, event, callback):
        self._subscribers.setdefault(event, []).append(callback)
        return lambda: self._subscribers[event].remove(callback)

    def notify(self, event, *args):
        for cb in list(self._subscribers.get(event, [])):
            cb(*args)


def observed(name):
    attr = "_" + name

    def getter(self):
        return getattr(self, attr)

    def setter(self, value):
        old = getattr(self, attr, None)
        setattr(self, attr, value)
        if old != value:
            self.notify("change", name, old, value)

    return property(getter, setter, doc=f"observed {name}")


class Thermostat(Observable):
    target = observed("target")
    mode = observed("mode")

    def __init__(self):
        super().__init__()
        self._target = 20
        self._mode = "off"


class Display:
    def __init__(self):
        self.lines = []

    def on_change(self, name, old, new):
        self.lines.append(f"{name}: {old} -> {new}")


class Alarm:
    def __init__(self, limit):
        self.limit = limit
        self.fired = 0

    def __call__(self, name, old, new):
        if name == "target" and new > self.limit:
            self.fired += 1
            print(f"ALARM: target {new} above {self.limit}")


t = Thermostat()
display = Display()
alarm = Alarm(25)
history = []
t.subscribe("change", display.on_change)
t.subscribe("change", alarm)
stop_history = t.subscribe("change", lambda *a: history.append(a))
t.target = 22
t.mode = "heat"
t.target = 22          # unchanged: no notification
t.target = 27
stop_history()
t.mode = "cool"
print(display.lines)
print(history, alarm.fired, t.target, t.mode)
print(Thermostat.target.__doc__, type(Thermostat.mode).__name__, sorted(vars(t)))


class Stock(Observable):
    def __init__(self, symbol, price):
        super().__init__()
        self.symbol, self.price = symbol, price

    def update(self, price):
        change = (price - self.price) / self.price * 100
        self.price = price
        self.notify("price", self.symbol, price, round(change, 2))


class Portfolio:
    def __init__(self):
        self.log = []

    def watch(self, stock):
        stock.subscribe("price", self.react)

    def react(self, symbol, price, change):
        action = "sell" if change > 5 else "buy" if change < -5 else "hold"
        self.log.append((symbol, price, change, action))


acme, globex = Stock("ACME", 100.0), Stock("GLBX", 50.0)
p = Portfolio()
p.watch(acme)
p.watch(globex)
for stock, price in [(acme, 104.0), (globex, 45.0), (acme, 112.0), (globex, 45.5)]:
    stock.update(price)
for entry in p.log:
    print(entry)
print(acme._subscribers["price"][0].__self__ is p, acme._subscribers["price"][0].__name__)
print(acme._subscribers["price"][0] == p.react, p.react is p.react)
