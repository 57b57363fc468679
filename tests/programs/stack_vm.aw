# A small stack virtual machine: an assembler class turning text into
# instructions, a VM class dispatching opcodes to bound methods through a
# dict, labels and jumps, a call stack, and runtime errors with the pc.


class VMError(Exception):
    def __init__(self, pc, message):
        super().__init__(f"pc={pc}: {message}")
        self.pc = pc


class Instr:
    __slots__ = ("op", "arg")

    def __init__(self, op, arg=None):
        self.op, self.arg = op, arg

    def __repr__(self):
        return self.op if self.arg is None else f"{self.op} {self.arg}"


class Assembler:
    def assemble(self, text):
        code, labels = [], {}
        for line in text.strip().splitlines():
            line = line.split("#")[0].strip()
            if not line:
                continue
            if line.endswith(":"):
                labels[line[:-1]] = len(code)
                continue
            parts = line.split()
            arg = parts[1] if len(parts) > 1 else None
            if arg is not None and arg.lstrip("-").isdigit():
                arg = int(arg)
            code.append(Instr(parts[0].lower(), arg))
        for ins in code:
            if ins.op in ("jmp", "jz", "call") and isinstance(ins.arg, str):
                if ins.arg not in labels:
                    raise VMError(-1, f"unknown label {ins.arg!r}")
                ins.arg = labels[ins.arg]
        return code


class VM:
    def __init__(self, code, trace=False):
        self.code = code
        self.stack, self.calls, self.vars = [], [], {}
        self.pc = 0
        self.out = []
        self.steps = 0
        self.dispatch = {name[3:]: getattr(self, name) for name in dir(self)
                         if name.startswith("op_")}

    def pop(self):
        if not self.stack:
            raise VMError(self.pc, "stack underflow")
        return self.stack.pop()

    def run(self, limit=10000):
        while self.pc < len(self.code):
            ins = self.code[self.pc]
            self.pc += 1
            self.steps += 1
            if self.steps > limit:
                raise VMError(self.pc - 1, "step limit exceeded")
            handler = self.dispatch.get(ins.op)
            if handler is None:
                raise VMError(self.pc - 1, f"bad opcode {ins.op!r}")
            handler(ins.arg)
        return self.out

    def op_push(self, arg):
        self.stack.append(arg)

    def op_load(self, name):
        if name not in self.vars:
            raise VMError(self.pc - 1, f"unset variable {name}")
        self.stack.append(self.vars[name])

    def op_store(self, name):
        self.vars[name] = self.pop()

    def op_add(self, _):
        b, a = self.pop(), self.pop()
        self.stack.append(a + b)

    def op_sub(self, _):
        b, a = self.pop(), self.pop()
        self.stack.append(a - b)

    def op_mul(self, _):
        b, a = self.pop(), self.pop()
        self.stack.append(a * b)

    def op_lt(self, _):
        b, a = self.pop(), self.pop()
        self.stack.append(int(a < b))

    def op_dup(self, _):
        v = self.pop()
        self.stack += [v, v]

    def op_jmp(self, target):
        self.pc = target

    def op_jz(self, target):
        if self.pop() == 0:
            self.pc = target

    def op_call(self, target):
        self.calls.append(self.pc)
        self.pc = target

    def op_ret(self, _):
        if not self.calls:
            raise VMError(self.pc - 1, "return outside call")
        self.pc = self.calls.pop()

    def op_print(self, _):
        self.out.append(self.pop())

    def op_halt(self, _):
        self.pc = len(self.code)


FACT = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    push 1
    lt          # n < 1 ?
    jz body
    jmp done
body:
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 7
    call square
    print
    halt
square:         # ( x -- x*x )
    dup
    mul
    ret
"""
asm = Assembler()
code = asm.assemble(FACT)
print(len(code), code[:5], code[-3:])
vm = VM(code)
print(vm.run(), vm.steps, vm.vars, sorted(vm.dispatch)[:5])
for src in ["push 1\nadd", "load x", "jmp nowhere", "frob", "ret", "top:\njmp top"]:
    try:
        VM(asm.assemble(src)).run(limit=50)
    except VMError as e:
        print("VMError:", e, e.pc)
print(type(vm.dispatch["push"]).__name__, vm.dispatch["push"].__self__ is vm,
      vm.dispatch["push"].__func__ is VM.op_push, vm.dispatch["add"].__name__)
