# A stack-based calculator: a Stack class, a tokenizer, the shunting-yard
# algorithm to turn infix into RPN, and an RPN evaluator with errors.


class CalcError(Exception):
    pass


class StackUnderflow(CalcError):
    def __init__(self, op):
        super().__init__(f"not enough operands for {op!r}")


class Stack:
    def __init__(self):
        self._data = []

    def push(self, x):
        self._data.append(x)

    def pop(self, op="pop"):
        if not self._data:
            raise StackUnderflow(op)
        return self._data.pop()

    def peek(self):
        return self._data[-1] if self._data else None

    def __len__(self):
        return len(self._data)

    def __bool__(self):
        return bool(self._data)

    def __repr__(self):
        return f"Stack({self._data})"


OPS = {
    "+": (1, lambda a, b: a + b),
    "-": (1, lambda a, b: a - b),
    "*": (2, lambda a, b: a * b),
    "/": (2, lambda a, b: a / b),
    "%": (2, lambda a, b: a % b),
    "^": (3, lambda a, b: a ** b),
}


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            tokens.append(float(num) if "." in num else int(num))
            i = j
        elif c in OPS or c in "()":
            tokens.append(c)
            i += 1
        else:
            raise CalcError(f"bad character {c!r} at {i}")
    return tokens


def to_rpn(tokens):
    out, ops = [], Stack()
    for t in tokens:
        if isinstance(t, (int, float)):
            out.append(t)
        elif t == "(":
            ops.push(t)
        elif t == ")":
            while ops and ops.peek() != "(":
                out.append(ops.pop())
            if not ops:
                raise CalcError("unbalanced )")
            ops.pop()
        else:
            prec = OPS[t][0]
            while ops and ops.peek() != "(":
                top = OPS[ops.peek()][0]
                if top > prec or (top == prec and t != "^"):
                    out.append(ops.pop())
                else:
                    break
            ops.push(t)
    while ops:
        t = ops.pop()
        if t == "(":
            raise CalcError("unbalanced (")
        out.append(t)
    return out


def eval_rpn(rpn):
    st = Stack()
    for t in rpn:
        if isinstance(t, str):
            b = st.pop(t)
            a = st.pop(t)
            st.push(OPS[t][1](a, b))
        else:
            st.push(t)
    if len(st) != 1:
        raise CalcError(f"leftover operands: {st}")
    return st.pop()


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5",
             "17 % 5 * (2 + 3)", "((7))", "2 * (3 + 4) ^ 2 - 100"]:
    rpn = to_rpn(tokenize(expr))
    print(f"{expr:<24} -> {' '.join(map(str, rpn)):<22} = {eval_rpn(rpn)}")

for bad in ["1 +", "(1 + 2", "1 + 2)", "3 $ 4", "1 / 0"]:
    try:
        print(eval_rpn(to_rpn(tokenize(bad))))
    except CalcError as e:
        print(f"{bad!r}: {type(e).__name__}: {e}")
    except ZeroDivisionError as e:
        print(f"{bad!r}: ZeroDivisionError: {e}")
print(eval_rpn([3, 4, "+", 2, "*"]), isinstance(StackUnderflow("x"), CalcError))
try:
    eval_rpn([1, 2])
except CalcError as e:
    print(e)
