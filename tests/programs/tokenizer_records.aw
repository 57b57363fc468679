# A lexer class producing namedtuple tokens with positions, keyword and
# operator tables, error reporting with line and column, and a summary.
from collections import namedtuple, Counter

Token = namedtuple("Token", "kind value line col")


class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at {line}:{col}")
        self.line, self.col = line, col


class Lexer:
    KEYWORDS = {"let", "if", "else", "while", "fn", "return"}
    OPERATORS = ["==", "!=", "<=", ">=", "->", "+", "-", "*", "/", "=", "<", ">",
                 "(", ")", "{", "}", ",", ";"]

    def __init__(self, src):
        self.src = src
        self.i = 0
        self.line, self.col = 1, 1

    def _advance(self, n):
        for _ in range(n):
            if self.src[self.i] == "\n":
                self.line += 1
                self.col = 1
            else:
                self.col += 1
            self.i += 1

    def tokens(self):
        out = []
        while self.i < len(self.src):
            c = self.src[self.i]
            start = (self.line, self.col)
            if c in " \t\n":
                self._advance(1)
                continue
            if c == "#":
                while self.i < len(self.src) and self.src[self.i] != "\n":
                    self._advance(1)
                continue
            if c.isdigit():
                j = self.i
                while j < len(self.src) and self.src[j].isdigit():
                    j += 1
                out.append(Token("NUM", int(self.src[self.i:j]), *start))
                self._advance(j - self.i)
                continue
            if c.isalpha() or c == "_":
                j = self.i
                while j < len(self.src) and (self.src[j].isalnum() or self.src[j] == "_"):
                    j += 1
                word = self.src[self.i:j]
                out.append(Token("KW" if word in self.KEYWORDS else "ID", word, *start))
                self._advance(j - self.i)
                continue
            if c == '"':
                j = self.src.find('"', self.i + 1)
                if j < 0:
                    raise LexError("unterminated string", *start)
                out.append(Token("STR", self.src[self.i + 1:j], *start))
                self._advance(j + 1 - self.i)
                continue
            for op in self.OPERATORS:
                if self.src.startswith(op, self.i):
                    out.append(Token("OP", op, *start))
                    self._advance(len(op))
                    break
            else:
                raise LexError(f"unexpected character {c!r}", *start)
        out.append(Token("EOF", None, self.line, self.col))
        return out


SRC = '''fn add(a, b) -> { return a + b; }
let x = 10;   # a comment
while x >= 0 { x = x - 3; }
if x != -2 { print("odd"); } else { print("even") }
'''
toks = Lexer(SRC).tokens()
print(len(toks), toks[0], toks[-1])
for t in toks[:12]:
    print(f"{t.line}:{t.col:<3} {t.kind:<4} {t.value!r}")
kinds = Counter([t.kind for t in toks])
print(sorted(kinds.items()), kinds.most_common(1))
print([t.value for t in toks if t.kind == "KW"])
print(sorted({t.value for t in toks if t.kind == "OP"}))
print([t.value for t in toks if t.kind == "STR"], max(toks, key=lambda t: t.col))
print([(t.line, t.value) for t in toks if t.kind == "NUM"])
for bad in ['let s = "open', "let y = 3 @ 4;", "x\n  $"]:
    try:
        Lexer(bad).tokens()
    except LexError as e:
        print("LexError:", e, (e.line, e.col))
t = toks[1]
print(t._replace(value="sum"), t._asdict()["kind"], Token._fields, t == ("ID", "add", 1, 4))
