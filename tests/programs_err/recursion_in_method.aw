# A method that recurses without a base case ends in RecursionError.


class Node:
    def __init__(self, parent=None):
        self.parent = parent

    def depth(self):
        # bug: the root is its own parent, so this never stops
        return 1 + self.parent.depth()


root = Node()
root.parent = root
child = Node(root)
print("computing depth")
print(child.depth())
