# Callable and TypeVar
from typing import Callable, TypeVar, List
print(Callable[[int], str], Callable[[int, str], None], Callable[..., int], Callable[[], int])
T = TypeVar("T")
K = TypeVar("K", covariant=True)
V = TypeVar("V", contravariant=True)
N = TypeVar("N", int, float)
B = TypeVar("B", bound=str)
print(T, K, V, N, B, T.__name__, List[T])
