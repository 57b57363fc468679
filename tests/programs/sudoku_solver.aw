# A Sudoku solver class with constraint propagation and backtracking on a
# 9x9 puzzle that needs little search, plus validation of the result.


class Unsolvable(Exception):
    pass


class Sudoku:
    DIGITS = "123456789"

    def __init__(self, text):
        cells = [c for c in text if c in "0123456789."]
        if len(cells) != 81:
            raise ValueError(f"need 81 cells, got {len(cells)}")
        self.grid = [0 if c in "0." else int(c) for c in cells]
        self.steps = 0

    @staticmethod
    def peers(i):
        r, c = divmod(i, 9)
        br, bc = r // 3 * 3, c // 3 * 3
        ps = set(range(r * 9, r * 9 + 9)) | set(range(c, 81, 9))
        ps |= {(br + dr) * 9 + bc + dc for dr in range(3) for dc in range(3)}
        ps.discard(i)
        return ps

    def candidates(self, i):
        used = {self.grid[p] for p in PEERS[i]}
        return [d for d in range(1, 10) if d not in used]

    def propagate(self):
        """Fill cells that have a single candidate until nothing changes."""
        filled = []
        changed = True
        while changed:
            changed = False
            for i in range(81):
                if self.grid[i] == 0:
                    cands = self.candidates(i)
                    if not cands:
                        for j in filled:
                            self.grid[j] = 0
                        raise Unsolvable(f"cell {divmod(i, 9)} has no candidates")
                    if len(cands) == 1:
                        self.grid[i] = cands[0]
                        filled.append(i)
                        changed = True
        return filled

    def solve(self):
        try:
            filled = self.propagate()
        except Unsolvable:
            return False
        empty = [i for i in range(81) if self.grid[i] == 0]
        if not empty:
            return True
        i = min(empty, key=lambda k: len(self.candidates(k)))
        for d in self.candidates(i):
            self.steps += 1
            self.grid[i] = d
            if self.solve():
                return True
        self.grid[i] = 0
        for j in filled:
            self.grid[j] = 0
        return False

    def valid(self):
        units = [list(range(r * 9, r * 9 + 9)) for r in range(9)]
        units += [list(range(c, 81, 9)) for c in range(9)]
        units += [[(br + dr) * 9 + bc + dc for dr in range(3) for dc in range(3)]
                  for br in (0, 3, 6) for bc in (0, 3, 6)]
        return all([sorted([self.grid[i] for i in u]) == list(range(1, 10)) for u in units])

    def __str__(self):
        rows = []
        for r in range(9):
            row = "".join([str(d) if d else "." for d in self.grid[r * 9:r * 9 + 9]])
            rows.append(" ".join([row[0:3], row[3:6], row[6:9]]))
            if r in (2, 5):
                rows.append("-" * 11)
        return "\n".join(rows)


PEERS = [Sudoku.peers(i) for i in range(81)]
PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""
s = Sudoku(PUZZLE)
print(s.grid.count(0), len(PEERS[0]), sorted(PEERS[40])[:6])
print(s.candidates(2), s.candidates(80))
print(s.solve(), s.valid(), s.steps)
print(s)
bad = Sudoku(PUZZLE.replace("53..7", "55..7"))
print(bad.solve(), bad.grid.count(0) > 0)
try:
    Sudoku("123")
except ValueError as e:
    print("ValueError:", e)
