# Tic-tac-toe: a Board class with win detection, a minimax player with
# memoisation on board strings, a scripted game, and board equality.
import functools

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


class IllegalMove(Exception):
    pass


class Board:
    def __init__(self, cells="         "):
        self.cells = list(cells)

    def __str__(self):
        rows = ["|".join([c if c != " " else "." for c in self.cells[r:r + 3]]) for r in (0, 3, 6)]
        return "\n".join(rows)

    def __eq__(self, other):
        return self.cells == other.cells

    def __hash__(self):
        return hash("".join(self.cells))

    def key(self):
        return "".join(self.cells)

    def turn(self):
        return "X" if self.cells.count("X") == self.cells.count("O") else "O"

    def moves(self):
        return [i for i, c in enumerate(self.cells) if c == " "]

    def play(self, i):
        if not 0 <= i < 9:
            raise IllegalMove(f"square {i} does not exist")
        if self.cells[i] != " ":
            raise IllegalMove(f"square {i} is taken by {self.cells[i]}")
        b = Board(self.cells)
        b.cells[i] = self.turn()
        return b

    def winner(self):
        for a, b, c in LINES:
            if self.cells[a] != " " and self.cells[a] == self.cells[b] == self.cells[c]:
                return self.cells[a]
        return "draw" if " " not in self.cells else None


@functools.lru_cache(maxsize=None)
def score(key):
    """+1 if X wins with best play, -1 if O wins, 0 for a draw."""
    b = Board(key)
    w = b.winner()
    if w == "X":
        return 1
    if w == "O":
        return -1
    if w == "draw":
        return 0
    results = [score(b.play(m).key()) for m in b.moves()]
    return max(results) if b.turn() == "X" else min(results)


def best_move(b):
    pick = max if b.turn() == "X" else min
    return pick(b.moves(), key=lambda m: (score(b.play(m).key()), -m))


b = Board("X O  O  X")
print(b, b.turn(), b.moves(), b.winner(), sep="\n")
print("value:", score(b.key()), "best:", best_move(b))
game = Board("X   O   X")
while game.winner() is None:
    game = game.play(best_move(game))
print(game, "result:", game.winner(), sep="\n")
print(score("X   O   X"), score(Board("XX OO    ").key()), score.cache_info().currsize)
try:
    game.play(4)
except IllegalMove as e:
    print("IllegalMove:", e)
try:
    Board().play(9)
except IllegalMove as e:
    print("IllegalMove:", e)
print(Board("XXXOO    ").winner(), Board("XOXXOOOXX").winner(), Board().winner())
print(Board().play(4) == Board("    X    "), len({Board(), Board(), Board().play(0)}))
