# deepcopy of a tree of objects with back references keeps its shape
import copy

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

root = Node("root")
a = root.add(Node("a"))
a.add(Node("a1"))
root.add(Node("b"))
root.shared = a
c = copy.deepcopy(root)
print(c is root, c.name, [n.name for n in c.children])
print(c.children[0].parent is c, c.children[0].children[0].parent is c.children[0])
print(c.shared is c.children[0], c.children[0] is not a)
pair = [root, root]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is not root)
