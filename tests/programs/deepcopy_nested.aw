# copy.copy versus copy.deepcopy on nested containers and objects, shared
# and cyclic references, and classes with __copy__/__deepcopy__.
import copy


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
        self.meta = {"visits": 0}

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


tree = Node("root", [Node("a", [Node("a1")]), Node("b")])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].name = "A"
tree.children.append(Node("c"))
tree.meta["visits"] = 7
print(tree)
print(shallow, shallow.meta, shallow.children is tree.children)
print(deep, deep.meta, deep.children is tree.children, type(deep).__name__)

shared = [1, 2]
data = {"x": shared, "y": shared, "t": (shared, 3), "s": "str", "n": None}
d2 = copy.deepcopy(data)
print(d2, d2["x"] is d2["y"], d2["t"][0] is d2["x"], d2["x"] is shared)
c2 = copy.copy(data)
print(c2["x"] is shared, c2 is data, c2 == data)

cyclic = [1]
cyclic.append(cyclic)
cc = copy.deepcopy(cyclic)
print(cc[1] is cc, cc[1] is cyclic, len(cc))

t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy([t])[0] is t)
print(copy.deepcopy((1, [2])) == (1, [2]), copy.deepcopy((1, [2]))[1] is not None)


class Resource:
    """Copies share the handle but get a fresh usage counter."""
    opened = 0

    def __init__(self, handle):
        self.handle = handle
        self.uses = 0
        Resource.opened += 1

    def __copy__(self):
        new = Resource.__new__(Resource)
        new.handle = self.handle
        new.uses = 0
        return new

    def __deepcopy__(self, memo):
        new = Resource(copy.deepcopy(self.handle, memo))
        memo[id(self)] = new
        return new


r = Resource(["h"])
r.uses = 5
r1 = copy.copy(r)
r2 = copy.deepcopy(r)
print(r1.uses, r1.handle is r.handle, r2.uses, r2.handle is r.handle, r2.handle, Resource.opened)
pair = copy.deepcopy([r, r])
print(pair[0] is pair[1], Resource.opened)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __eq__(self, other):
        return self.rows == other.rows


m = Matrix([[1, 2], [3, 4]])
m_shallow = copy.copy(m)
m_deep = copy.deepcopy(m)
m.rows[0][0] = 99
print(m_shallow.rows, m_deep.rows, m_deep == Matrix([[1, 2], [3, 4]]))
nested = {"a": [{"b": {1, 2}}, frozenset([3])], "f": len}
n2 = copy.deepcopy(nested)
print(n2, n2["f"] is len, n2["a"][0]["b"] is nested["a"][0]["b"])
lst = [[0] * 2] * 2
lst2 = copy.deepcopy(lst)
lst2[0][0] = 1
print(lst2, lst2[0] is lst2[1])
