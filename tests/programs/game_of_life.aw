# Conway's Game of Life on a set of live cells (tuples of ints), a Board
# class with __str__, __eq__, __len__, step(), and pattern detection.


class Board:
    def __init__(self, live=(), width=10, height=10):
        self.live = set(live)
        self.width, self.height = width, height
        self.generation = 0

    @classmethod
    def parse(cls, text):
        rows = text.strip("\n").splitlines()
        live = [(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"]
        return cls(live, max([len(r) for r in rows]), len(rows))

    def neighbours(self, x, y):
        count = 0
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if (dx or dy) and ((x + dx) % self.width, (y + dy) % self.height) in self.live:
                    count += 1
        return count

    def step(self):
        candidates = set()
        for x, y in self.live:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    candidates.add(((x + dx) % self.width, (y + dy) % self.height))
        new = set()
        for x, y in candidates:
            n = self.neighbours(x, y)
            if n == 3 or (n == 2 and (x, y) in self.live):
                new.add((x, y))
        nxt = Board(new, self.width, self.height)
        nxt.generation = self.generation + 1
        return nxt

    def __len__(self):
        return len(self.live)

    def __eq__(self, other):
        return self.live == other.live

    def __hash__(self):
        return hash(frozenset(self.live))

    def __str__(self):
        return "\n".join(["".join(["#" if (x, y) in self.live else "." for x in range(self.width)])
                          for y in range(self.height)])

    def bbox(self):
        xs = sorted([x for x, _ in self.live])
        ys = sorted([y for _, y in self.live])
        return (xs[0], ys[0], xs[-1], ys[-1]) if self.live else None


blinker = Board.parse("""
.....
..#..
..#..
..#..
.....
""")
print(blinker, len(blinker), sep="\n")
b1 = blinker.step()
print(b1, b1.generation, b1 == blinker, b1.step() == blinker, sep="\n")

glider = Board.parse("""
.#......
..#.....
###.....
........
........
........
""")
g = glider
history = [g]
for _ in range(4):
    g = g.step()
    history.append(g)
print(g)
print(sorted(g.live), sorted(glider.live), g.bbox(), glider.bbox())
shifted = sorted([((x + 1) % 8, (y + 1) % 6) for x, y in glider.live])
print(sorted(g.live) == shifted, [len(h) for h in history])


def find_period(board, limit=40):
    seen = {}
    for i in range(limit):
        key = frozenset(board.live)
        if key in seen:
            return seen[key], i - seen[key]
        seen[key] = i
        board = board.step()
    return None


block = Board([(1, 1), (1, 2), (2, 1), (2, 2)], 5, 5)
print(find_period(block), find_period(blinker), find_period(glider))
toad = Board.parse("""
......
......
..###.
.###..
......
......
""")
print(find_period(toad), len(toad), len(toad.step()))
print(toad.step())
empty = Board([(0, 0)], 4, 4).step()
print(len(empty), empty.bbox(), bool(empty.live), len({blinker, b1.step(), b1}))
