# A tiny spreadsheet: cells hold numbers or formulas (=A1+B2*2, =SUM(A1:A3)),
# evaluation follows references with memoisation per recalculation, cycles
# and bad references raise errors shown in the cell, and edits recalculate.


class CellError(Exception):
    pass


class CycleError(CellError):
    pass


def col_row(ref):
    col, row = ref[0].upper(), ref[1:]
    if not ("A" <= col <= "Z") or not row.isdigit():
        raise CellError(f"bad reference {ref!r}")
    return col, int(row)


class Sheet:
    FUNCS = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda xs: sum(xs) / len(xs)}

    def __init__(self):
        self.raw = {}

    def __setitem__(self, ref, value):
        col_row(ref)
        self.raw[ref.upper()] = value

    def __getitem__(self, ref):
        return self.evaluate(ref.upper(), {}, [])

    def expand(self, rng):
        a, b = rng.split(":")
        (c1, r1), (c2, r2) = col_row(a), col_row(b)
        return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]

    def evaluate(self, ref, cache, stack):
        if ref in cache:
            return cache[ref]
        if ref in stack:
            raise CycleError(" -> ".join(stack + [ref]))
        value = self.raw.get(ref, 0)
        if isinstance(value, str) and value.startswith("="):
            value = Formula(value[1:], self).run(cache, stack + [ref])
        cache[ref] = value
        return value

    def show(self, refs):
        cache = {}
        out = []
        for ref in refs:
            try:
                v = self.evaluate(ref, cache, [])
                out.append(f"{ref}={v:g}" if isinstance(v, (int, float)) else f"{ref}={v}")
            except CellError as e:
                out.append(f"{ref}=#ERR({type(e).__name__}: {e})")
        return out


class Formula:
    def __init__(self, text, sheet):
        self.tokens = self.tokenize(text)
        self.sheet = sheet
        self.pos = 0

    @staticmethod
    def tokenize(text):
        out, i = [], 0
        while i < len(text):
            c = text[i]
            if c.isspace():
                i += 1
            elif c.isalnum() or c == ".":
                j = i
                while j < len(text) and (text[j].isalnum() or text[j] in ".:"):
                    j += 1
                out.append(text[i:j])
                i = j
            else:
                out.append(c)
                i += 1
        return out

    def run(self, cache, stack):
        self.cache, self.stack = cache, stack
        value = self.expr()
        if self.pos != len(self.tokens):
            raise CellError(f"unexpected {self.tokens[self.pos]!r}")
        return value

    def next(self):
        tok = self.tokens[self.pos] if self.pos < len(self.tokens) else None
        self.pos += 1
        return tok

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            v = v + self.term() if self.next() == "+" else v - self.term()
        return v

    def term(self):
        v = self.atom()
        while self.peek() in ("*", "/"):
            if self.next() == "*":
                v *= self.atom()
            else:
                d = self.atom()
                if d == 0:
                    raise CellError("division by zero")
                v /= d
        return v

    def atom(self):
        tok = self.next()
        if tok is None:
            raise CellError("unexpected end")
        if tok == "(":
            v = self.expr()
            if self.next() != ")":
                raise CellError("missing )")
            return v
        if tok.upper() in Sheet.FUNCS and self.peek() == "(":
            self.next()
            rng = self.next()
            if self.next() != ")":
                raise CellError("missing )")
            values = [self.sheet.evaluate(r, self.cache, self.stack) for r in self.sheet.expand(rng)]
            return Sheet.FUNCS[tok.upper()](values)
        if tok[0].isdigit():
            return float(tok) if "." in tok else int(tok)
        col_row(tok)
        return self.sheet.evaluate(tok.upper(), self.cache, self.stack)


s = Sheet()
s["A1"], s["A2"], s["A3"] = 10, 20, 30.5
s["B1"] = "=A1 + A2 * 2"
s["B2"] = "=SUM(A1:A3)"
s["B3"] = "=(B1 - A1) / 4"
s["C1"] = "=AVG(A1:B2)"
s["C2"] = "=MAX(A1:A3) - MIN(A1:A3)"
print(s.show(["A1", "B1", "B2", "B3", "C1", "C2", "D9"]))
s["A1"] = 0
print(s.show(["B1", "B2", "B3", "C1"]))
s["D1"] = "=D2 + 1"
s["D2"] = "=D3 * 2"
s["D3"] = "=D1"
s["E1"] = "=A2 / A1"
s["E2"] = "=A2 +"
s["E3"] = "=a2 * (a3"
s["E4"] = "=A2 A3"
print(s.show(["D1", "E1", "E2", "E3", "E4"]))
print(s["b1"], s["E5"], sorted(s.raw)[:5])
try:
    s["11"] = 3
except CellError as e:
    print("CellError:", e)
print(Formula.tokenize("SUM(A1:B2)*3.5+x"), issubclass(CycleError, CellError))
