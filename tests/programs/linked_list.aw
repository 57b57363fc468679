# A singly linked list with the container protocol: __len__, __iter__
# (an iterator class, no generators), __contains__, __getitem__,
# __reversed__, __eq__, __add__, __repr__.


class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class ListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.tail = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            self.tail = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        if self.tail is None:
            self.tail = self.head
        self.size += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        node = self.head
        self.head = node.next
        if self.head is None:
            self.tail = None
        self.size -= 1
        return node.value

    def remove(self, value):
        prev, node = None, self.head
        while node is not None:
            if node.value == value:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                if node is self.tail:
                    self.tail = prev
                self.size -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev, node = None, self.head
        self.tail = node
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __len__(self):
        return self.size

    def __iter__(self):
        return ListIterator(self.head)

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __contains__(self, value):
        for x in self:
            if x == value:
                return True
        return False

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("list index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node.value

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.prepend(5)
print(ll, len(ll), bool(ll), bool(LinkedList()))
print(4 in ll, 9 in ll, ll[0], ll[-1], ll[2])
print(list(reversed(ll)), sorted(ll), sum(ll), max(ll))
ll.remove(1)
print(ll, ll.tail.value)
ll.reverse()
print(ll, ll.head.value, ll.tail.value)
print(ll == LinkedList([1, 4, 3, 5]), ll == [1, 4, 3, 5])
both = ll + LinkedList("ab")
print(both, len(both))
it = iter(both)
print(next(it), next(it), iter(it) is it)
print([x * 2 for x in ll], dict(enumerate(ll)))
print(ll.pop_front(), ll.pop_front(), ll)
for bad in (lambda: ll[10], lambda: ll.remove(42), lambda: LinkedList().pop_front()):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
a, b = LinkedList(["x", "y"])
print(a, b, *LinkedList(range(3)))
