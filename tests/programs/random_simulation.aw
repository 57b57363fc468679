# Random simulations with a fixed seed: dice games, a random walk, a card
# shuffle and sampling. The numbers match CPython's Mersenne Twister.
import random

random.seed(2024)
print(random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(0, 100, 5), random.randrange(10), random.uniform(1.5, 2.5))
print(random.choice("abcdef"), random.choice([10, 20, 30]))

deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(range(100), 5), random.sample(deck, 3))
print(random.choices(["red", "green", "blue"], weights=[5, 3, 2], k=8))
print(random.choices(range(3), k=5))


class Die:
    def __init__(self, sides):
        self.sides = sides
        self.rolls = 0

    def roll(self):
        self.rolls += 1
        return random.randint(1, self.sides)


class Game:
    """Players race to 30; a roll of 1 sends a player back to 0."""

    def __init__(self, names, seed):
        random.seed(seed)
        self.die = Die(6)
        self.scores = dict.fromkeys(names, 0)

    def play(self):
        turn = 0
        while True:
            for name in self.scores:
                turn += 1
                r = self.die.roll()
                self.scores[name] = 0 if r == 1 else self.scores[name] + r
                if self.scores[name] >= 30:
                    return name, turn


g = Game(["ann", "bob", "cy"], seed=7)
print(g.play(), g.scores, g.die.rolls)
print(Game(["ann", "bob", "cy"], seed=7).play() == Game(["ann", "bob", "cy"], 7).play())

random.seed(99)
pos, far = 0, 0
for step in range(500):
    pos += random.choice((-1, 1))
    far = max(far, abs(pos))
print(pos, far)

random.seed("a string seed")
x = [random.random(), random.randint(1, 10 ** 30)]
random.seed("a string seed")
print(x == [random.random(), random.randint(1, 10 ** 30)])
random.seed(1)
hits = 0
for _ in range(2000):
    px, py = random.random(), random.random()
    if px * px + py * py <= 1:
        hits += 1
print(hits, 4 * hits / 2000)
random.seed(3)
big = [random.randrange(2 ** 70) for _ in range(2)]
print(big, random.uniform(-1, 1) < 1, sorted(random.sample(["x", "y", "z"], 3)))
