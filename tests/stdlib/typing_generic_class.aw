# Generic[T] as a base class (needs classes)
from typing import Generic, TypeVar, List
T = TypeVar("T")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items)
