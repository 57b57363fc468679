# A 2-D grid container: __getitem__/__setitem__/__delitem__ with tuple
# keys and slices, __contains__, __len__, __iter__, __bool__, __eq__,
# flood fill and rendering.


class Grid:
    def __init__(self, width, height, fill="."):
        self.width, self.height, self.fill = width, height, fill
        self.cells = {}

    def _check(self, x, y):
        if not (0 <= x < self.width and 0 <= y < self.height):
            raise IndexError(f"({x}, {y}) outside {self.width}x{self.height} grid")

    def __getitem__(self, key):
        if isinstance(key, tuple) and isinstance(key[0], slice):
            xs, y = key
            return [self[x, y] for x in range(*xs.indices(self.width))]
        if isinstance(key, int):
            return "".join([self[x, key] for x in range(self.width)])
        x, y = key
        self._check(x, y)
        return self.cells.get((x, y), self.fill)

    def __setitem__(self, key, value):
        x, y = key
        self._check(x, y)
        if value == self.fill:
            self.cells.pop((x, y), None)
        else:
            self.cells[x, y] = value

    def __delitem__(self, key):
        self._check(*key)
        if key not in self.cells:
            raise KeyError(key)
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def __len__(self):
        return len(self.cells)

    def __bool__(self):
        return bool(self.cells)

    def __iter__(self):
        return iter([self[y] for y in range(self.height)])

    def __eq__(self, other):
        return (isinstance(other, Grid) and (self.width, self.height) == (other.width, other.height)
                and self.cells == other.cells)

    def __str__(self):
        return "\n".join(self)

    def flood(self, x, y, value):
        target = self[x, y]
        if target == value:
            return 0
        stack, count = [(x, y)], 0
        while stack:
            cx, cy = stack.pop()
            if not (0 <= cx < self.width and 0 <= cy < self.height):
                continue
            if self[cx, cy] != target:
                continue
            self[cx, cy] = value
            count += 1
            stack.extend([(cx + 1, cy), (cx - 1, cy), (cx, cy + 1), (cx, cy - 1)])
        return count


g = Grid(8, 5)
print(bool(g), len(g))
for i in range(5):
    g[i, i] = "#"
    g[7 - i, i] = "#"
for x in range(8):
    g[x, 4] = "="
print(g)
print(len(g), "#" in g, "@" in g, g[2, 2], g[0, 1], g[1], g[2:6, 4], g[::3, 0])
print(g.flood(3, 0, "~"), g.flood(0, 3, "o"))
print(g)
g[4, 3] = "."
del g[0, 0]
print(len(g), g[0], list(g)[3])
for bad in [lambda: g[8, 0], lambda: g.__setitem__((0, -1), "x"), lambda: g.__delitem__((0, 0))]:
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
    except KeyError as e:
        print("KeyError:", e)
h = Grid(8, 5)
h.cells = dict(g.cells)
print(h == g, h != g, g == "grid", Grid(1, 1) == Grid(1, 1), Grid(1, 1) == Grid(1, 2))
print(sorted(g.cells)[:4], max(g, key=lambda row: row.count("#")))
