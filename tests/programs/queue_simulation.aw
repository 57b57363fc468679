# A discrete bank-queue simulation on collections.deque: customers arrive
# on a fixed schedule, tellers serve them, statistics at the end.
from collections import deque


class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None

    @property
    def wait(self):
        return self.start - self.arrival

    def __repr__(self):
        return f"C{self.cid}"


class Teller:
    def __init__(self, name):
        self.name = name
        self.current = None
        self.busy_until = 0
        self.served = []

    def free(self, now):
        return now >= self.busy_until

    def serve(self, customer, now):
        customer.start = now
        self.current = customer
        self.busy_until = now + customer.service
        self.served.append(customer)


def schedule(n):
    # deterministic pseudo-random arrivals and service times (an LCG)
    seed, t, out = 12345, 0, []
    for cid in range(1, n + 1):
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        t += seed % 4
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        out.append(Customer(cid, t, 2 + seed % 6))
    return out


def simulate(customers, tellers):
    arrivals = deque(customers)
    line = deque()
    longest = 0
    now = 0
    while arrivals or line or any([not t.free(now) for t in tellers]):
        while arrivals and arrivals[0].arrival <= now:
            line.append(arrivals.popleft())
        for t in tellers:
            if t.free(now) and line:
                t.serve(line.popleft(), now)
        longest = max(longest, len(line))
        now += 1
    return now, longest


customers = schedule(30)
print([(c.cid, c.arrival, c.service) for c in customers[:6]])
tellers = [Teller("ann"), Teller("bob")]
end, longest = simulate(customers, tellers)
waits = [c.wait for c in customers]
print("finished at", end, "longest line", longest)
print("average wait", round(sum(waits) / len(waits), 2), "max wait", max(waits))
for t in tellers:
    print(t.name, len(t.served), t.served[:5])
print(sorted(customers, key=lambda c: (-c.wait, c.cid))[:3])

d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.extend([4, 5, 6])
print(d, d.maxlen, len(d), d[0], d[-1])
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d.pop(), d.popleft(), d)
d.extendleft("ab")
print(d, d.count(3), 3 in d, list(reversed(d)))
d.clear()
print(d, bool(d))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
window = deque(maxlen=3)
sums = []
for x in [5, 1, 4, 2, 8, 7]:
    window.append(x)
    sums.append(sum(window))
print(sums, list(window), deque("xyz") == deque(["x", "y", "z"]))
