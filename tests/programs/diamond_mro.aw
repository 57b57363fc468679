# Multiple inheritance: a diamond with cooperative super() chains, mixins,
# __mro__ printing and an inconsistent hierarchy that C3 rejects.


class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        if kwargs:
            raise TypeError(f"unused arguments: {sorted(kwargs)}")

    def describe(self):
        return ["Base"]

    def hello(self):
        return "Base.hello"


class Left(Base):
    def __init__(self, left=0, **kwargs):
        super().__init__(**kwargs)
        self.left = left
        self.log.append("Left")

    def describe(self):
        return ["Left"] + super().describe()


class Right(Base):
    def __init__(self, right=0, **kwargs):
        super().__init__(**kwargs)
        self.right = right
        self.log.append("Right")

    def describe(self):
        return ["Right"] + super().describe()

    def hello(self):
        return "Right.hello"


class Diamond(Left, Right):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.log.append("Diamond")

    def describe(self):
        return ["Diamond"] + super().describe()


def names(cls):
    return [c.__name__ for c in cls.__mro__]


print(names(Diamond))
d = Diamond(left=1, right=2)
print(d.log, d.left, d.right, d.describe(), d.hello())
print(super(Left, d).describe(), super(Diamond, d).hello(), super(Right, d).hello())
try:
    Diamond(left=1, middle=5)
except TypeError as e:
    print("TypeError:", e)


class ReprMixin:
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in sorted(vars(self).items())])
        return f"{type(self).__name__}({fields})"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    __hash__ = None


class ToDictMixin:
    def to_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}


class Point(ReprMixin, EqMixin, ToDictMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
        self._secret = "hidden"


p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), p.to_dict())
print(names(Point), Point.__bases__ == (ReprMixin, EqMixin, ToDictMixin))


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


class E(C, B):
    pass


class X:
    pass


class Y:
    pass


class K1(A, X):
    pass


class K2(X, Y):
    pass


class K3(A, Y):
    pass


class Z(K1, K2, K3):
    pass


print(names(D), names(E), names(Z))
print(list(D.__mro__) == D.mro(), D.__base__.__name__, Z.__bases__[2].__name__)
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C), issubclass(D, (X, C)))
try:
    class F(D, E):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class G(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class H(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
print(object.__mro__, type(object.__mro__).__name__, bool.__mro__)
