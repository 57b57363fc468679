# A tiny interpreter: a tokenizer, a recursive-descent parser producing one
# class per AST node, evaluation with an environment, and pretty printing.


class Token:
    def __init__(self, kind, text):
        self.kind, self.text = kind, text

    def __repr__(self):
        return f"{self.kind}:{self.text}"


class InterpError(Exception):
    pass


def tokenize(src):
    out, i = [], 0
    while i < len(src):
        c, j = src[i], i + 1
        if c.isspace():
            i = j
            continue
        if c.isdigit() or c.isalpha() or c == "_":
            test = str.isdigit if c.isdigit() else (lambda ch: ch.isalnum() or ch == "_")
            while j < len(src) and test(src[j]):
                j += 1
            out.append(Token("num" if c.isdigit() else "name", src[i:j]))
        elif c in "+-*/()=,;":
            out.append(Token("op", c))
        else:
            raise InterpError(f"unexpected {c!r}")
        i = j
    out.append(Token("end", ""))
    return out


class Node:
    def __repr__(self):
        fields = ", ".join([repr(getattr(self, f)) for f in self.fields])
        return f"{type(self).__name__}({fields})"


class Num(Node):
    fields = ("value",)

    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var(Node):
    fields = ("name",)

    def __init__(self, name):
        self.name = name

    def eval(self, env):
        if self.name not in env:
            raise InterpError(f"undefined variable {self.name}")
        return env[self.name]


class BinOp(Node):
    fields = ("op", "left", "right")
    OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a // b}

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        a, b = self.left.eval(env), self.right.eval(env)
        if self.op == "/" and b == 0:
            raise InterpError("division by zero")
        return self.OPS[self.op](a, b)


class Assign(Node):
    fields = ("name", "value")

    def __init__(self, name, value):
        self.name, self.value = name, value

    def eval(self, env):
        env[self.name] = self.value.eval(env)
        return env[self.name]


class Call(Node):
    fields = ("func", "args")

    def __init__(self, func, args):
        self.func, self.args = func, args

    def eval(self, env):
        fn = BUILTINS.get(self.func)
        if fn is None:
            raise InterpError(f"unknown function {self.func}")
        return fn(*[a.eval(env) for a in self.args])


BUILTINS = {"max": max, "min": min, "abs": abs, "sq": lambda x: x * x}


class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0

    def peek(self):
        return self.tokens[self.pos]

    def take(self, text=None):
        tok = self.tokens[self.pos]
        if text is not None and tok.text != text:
            raise InterpError(f"expected {text!r}, got {tok.text or 'end'!r}")
        self.pos += 1
        return tok

    def program(self):
        stmts = [self.statement()]
        while self.peek().text == ";":
            self.take(";")
            stmts.append(self.statement())
        self.take("")
        return stmts

    def statement(self):
        tok, nxt = self.peek(), self.tokens[self.pos + 1]
        if tok.kind == "name" and nxt.text == "=":
            self.take()
            self.take("=")
            return Assign(tok.text, self.expr())
        return self.expr()

    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            node = BinOp(self.take().text, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek().text in ("*", "/"):
            node = BinOp(self.take().text, node, self.factor())
        return node

    def factor(self):
        tok = self.take()
        if tok.text == "-":
            return BinOp("-", Num(0), self.factor())
        if tok.text == "(":
            node = self.expr()
            self.take(")")
            return node
        if tok.kind == "num":
            return Num(int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.take(",")
                        args.append(self.expr())
                self.take(")")
                return Call(tok.text, args)
            return Var(tok.text)
        raise InterpError(f"unexpected {tok.text or 'end'!r}")


def run(src, env):
    result = None
    for stmt in Parser(tokenize(src)).program():
        result = stmt.eval(env)
    return result


print(tokenize("x = 3 * (y + 41)"))
print(Parser(tokenize("a = -b + 2 * f(c, 1)")).program())
env = {}
for src in ["x = 6; y = 7; x * y", "z = x - -y; z / 2", "max(x, y, sq(3)) - abs(-100)",
            "1 + 2 * 3 - 4 / 2", "(1 + 2) * (3 - 4) / 2", "q + 1", "10 / (x - 6)",
            "1 +", "f(1)", "2 $ 3", "(1 + 2", "a = = 1"]:
    try:
        print(f"{src:<30} => {run(src, env)}")
    except InterpError as e:
        print(f"{src:<30} !! {e}")
print(env)
print(isinstance(Num(1), Node), Num(3), BinOp.fields, [c.__name__ for c in Call.__mro__])
