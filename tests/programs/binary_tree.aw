# A binary search tree: insertion, deletion, in-order iteration with an
# explicit stack (an iterator class), __len__, __contains__, height.


class TreeNode:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None

    def __repr__(self):
        return f"TreeNode({self.key!r})"


class InOrder:
    def __init__(self, root):
        self.stack = []
        self._push_left(root)

    def _push_left(self, node):
        while node is not None:
            self.stack.append(node)
            node = node.left

    def __iter__(self):
        return self

    def __next__(self):
        if not self.stack:
            raise StopIteration
        node = self.stack.pop()
        self._push_left(node.right)
        return node.key, node.value


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def __setitem__(self, key, value):
        if self.root is None:
            self.root = TreeNode(key, value)
            self.count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(key, value))
                self.count += 1
                return
            node = child

    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __contains__(self, key):
        return self._find(key) is not None

    def __delitem__(self, key):
        self.root, found = self._delete(self.root, key)
        if not found:
            raise KeyError(key)
        self.count -= 1

    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, found = self._delete(node.left, key)
            return node, found
        if key > node.key:
            node.right, found = self._delete(node.right, key)
            return node, found
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        succ = node.right
        while succ.left is not None:
            succ = succ.left
        node.key, node.value = succ.key, succ.value
        node.right, _ = self._delete(node.right, succ.key)
        return node, True

    def __len__(self):
        return self.count

    def __iter__(self):
        return InOrder(self.root)

    def keys(self):
        return [k for k, _ in self]

    def height(self, node=None, top=True):
        if top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))

    def min(self):
        node = self.root
        while node.left:
            node = node.left
        return node.key


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = str(k)
t[40] = "forty"
print(len(t), t.height(), t.min(), t.root)
print(t.keys())
print(t[40], 45 in t, 99 in t)
del t[30]
del t[50]
print(len(t), t.keys(), t.root, t.root.left)
try:
    del t[1]
except KeyError as e:
    print("KeyError", e)
try:
    t[1000]
except KeyError as e:
    print("KeyError", repr(e))
print(dict(t))
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print(list(words))
print(words.height(), len(words))
