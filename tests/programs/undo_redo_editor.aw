# A text editor with undo/redo: the command pattern with one class per
# command (do/undo), a history of two stacks, macro commands composed of
# others, and a snapshot comparison.


class Command:
    def do(self, doc):
        raise NotImplementedError

    def undo(self, doc):
        raise NotImplementedError

    def __repr__(self):
        args = ", ".join([f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_")])
        return f"{type(self).__name__}({args})"


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]


class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length = pos, length
        self._removed = None

    def do(self, doc):
        self._removed = doc.text[self.pos:self.pos + self.length]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.length:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self._removed + doc.text[self.pos:]


class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new = old, new
        self._before = None

    def do(self, doc):
        self._before = doc.text
        doc.text = doc.text.replace(self.old, self.new)

    def undo(self, doc):
        doc.text = self._before


class Macro(Command):
    def __init__(self, *commands):
        self.commands = list(commands)

    def do(self, doc):
        for c in self.commands:
            c.do(doc)

    def undo(self, doc):
        for c in reversed(self.commands):
            c.undo(doc)


class Document:
    def __init__(self, text=""):
        self.text = text
        self.undo_stack = []
        self.redo_stack = []

    def apply(self, command):
        command.do(self)
        self.undo_stack.append(command)
        self.redo_stack.clear()
        return self

    def undo(self):
        if not self.undo_stack:
            raise IndexError("nothing to undo")
        command = self.undo_stack.pop()
        command.undo(self)
        self.redo_stack.append(command)
        return self

    def redo(self):
        if not self.redo_stack:
            raise IndexError("nothing to redo")
        command = self.redo_stack.pop()
        command.do(self)
        self.undo_stack.append(command)
        return self

    def __str__(self):
        return repr(self.text)


doc = Document()
doc.apply(Insert(0, "Hello world"))
doc.apply(Insert(5, ","))
doc.apply(Insert(len(doc.text), "!"))
print(doc, len(doc.undo_stack))
doc.apply(Delete(0, 7))
print(doc)
doc.undo()
print(doc)
doc.undo().undo()
print(doc, [repr(c) for c in doc.redo_stack])
doc.redo()
print(doc)
doc.apply(Replace("o", "0"))
print(doc, len(doc.redo_stack))
try:
    doc.redo()
except IndexError as e:
    print("IndexError:", e)
snapshot = doc.text
doc.apply(Macro(Insert(0, ">> "), Replace("l", "L"), Delete(3, 1)))
print(doc)
doc.undo()
print(doc, doc.text == snapshot)
while doc.undo_stack:
    doc.undo()
print(doc, len(doc.redo_stack))
try:
    doc.undo()
except IndexError as e:
    print("IndexError:", e)
while doc.redo_stack:
    doc.redo()
print(doc, doc.undo_stack[-1])
try:
    Command().do(doc)
except NotImplementedError:
    print("NotImplementedError", type(Command()).__name__)
