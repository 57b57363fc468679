# An HTML builder that uses `with` blocks for nesting: each tag is a
# context manager that opens on __enter__ and closes on __exit__, attribute
# escaping, text nodes, and a document that renders with indentation.


def escape(text):
    return (str(text).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


class Element:
    VOID = {"br", "img", "hr", "input"}

    def __init__(self, doc, name, attrs):
        self.doc, self.name, self.attrs = doc, name, attrs
        self.children = []

    def __enter__(self):
        self.doc.stack.append(self)
        return self

    def __exit__(self, exc_type, exc, tb):
        popped = self.doc.stack.pop()
        assert popped is self
        if exc_type is not None:
            self.children.append(Text(f"[error: {exc}]"))
            return exc_type is ValueError
        return False

    def render(self, depth=0):
        pad = "  " * depth
        attrs = "".join([f' {k.rstrip("_")}="{escape(v)}"' for k, v in self.attrs.items()])
        if self.name in self.VOID:
            return [f"{pad}<{self.name}{attrs}>"]
        if all([isinstance(c, Text) for c in self.children]) and len(self.children) <= 1:
            inner = "".join([c.text for c in self.children])
            return [f"{pad}<{self.name}{attrs}>{inner}</{self.name}>"]
        lines = [f"{pad}<{self.name}{attrs}>"]
        for c in self.children:
            lines += c.render(depth + 1)
        lines.append(f"{pad}</{self.name}>")
        return lines


class Text:
    def __init__(self, text):
        self.text = escape(text)

    def render(self, depth=0):
        return ["  " * depth + self.text]


class Document:
    def __init__(self):
        self.root = Element(self, "html", {})
        self.stack = [self.root]

    def tag(self, name, **attrs):
        el = Element(self, name, attrs)
        self.stack[-1].children.append(el)
        return el

    def text(self, t):
        self.stack[-1].children.append(Text(t))

    def __getattr__(self, name):
        # doc.div(...), doc.p(...) build tags of that name
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda **attrs: self.tag(name, **attrs)

    def render(self):
        return "\n".join(self.root.render())


doc = Document()
with doc.head():
    with doc.title():
        doc.text("Prices & <offers>")
with doc.body(class_="main", id="top"):
    with doc.h1():
        doc.text("Today's list")
    with doc.ul():
        for item, price in [("tea", 3), ("cake", 4.5)]:
            with doc.li(data_price=price):
                doc.text(f"{item}: {price}")
    doc.tag("br")
    with doc.p():
        doc.text("Quote: \"hi\"")
        doc.tag("img", src="a.png", alt='say "cheese"')
    with doc.div():
        with doc.span():
            raise ValueError("bad data")     # suppressed by the span
        doc.text("after the error")
print(doc.render())
print(len(doc.stack), doc.stack[0].name)
try:
    with doc.section():
        raise KeyError("k")
except KeyError as e:
    print("KeyError escaped:", e, len(doc.stack))
try:
    doc._private
except AttributeError as e:
    print("AttributeError:", e)
