# Subclassing built-in types: dict with __missing__ and normalised keys,
# list with extra methods and a checked append, str with extra methods,
# int subclass, and isinstance/type across them.


class CaseInsensitiveDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v


class Defaulting(dict):
    def __init__(self, factory, *args):
        super().__init__(*args)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory(key)
        return value


class TypedList(list):
    def __init__(self, kind, items=()):
        self.kind = kind
        super().__init__()
        for x in items:
            self.append(x)

    def append(self, x):
        if not isinstance(x, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(x).__name__}")
        super().append(x)

    def total(self):
        return sum(self)

    def __repr__(self):
        return f"TypedList[{self.kind.__name__}]({list.__repr__(self)})"


class Slug(str):
    def __new__(cls, text):
        return super().__new__(cls, "-".join(text.lower().split()))

    def words(self):
        return self.split("-")


class Cents(int):
    def __str__(self):
        return f"${self // 100}.{self % 100:02d}"

    def __add__(self, other):
        return Cents(int(self) + int(other))


h = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
h["X-Token"] = "abc"
print(h, h["content-type"], h["ACCEPT"], "x-token" in h, "X-TOKEN" in h, len(h))
print(isinstance(h, dict), type(h).__name__, type(h).__mro__[1], h.get("accept"))
try:
    h["nope"]
except KeyError as e:
    print("KeyError:", e)

sq = Defaulting(lambda k: k * k, {1: "one"})
print(sq[1], sq[4], sq[5], sq, 7 in sq, sq.get(8))

nums = TypedList(int, [3, 1, 2])
nums.append(10)
nums.sort()
print(nums, nums.total(), len(nums), nums[1:3], type(nums[1:3]).__name__)
try:
    nums.append("x")
except TypeError as e:
    print("TypeError:", e)
nums.extend([7.5])       # extend is not overridden
print(nums, isinstance(nums, list), nums == [1, 2, 3, 10, 7.5])

s = Slug("  Hello Big   World ")
print(s, repr(s), s.words(), s.upper(), type(s.upper()).__name__, len(s), s == "hello-big-world")
print(isinstance(s, str), s.startswith("hello"), s + "!", type(s + "!").__name__)

price = Cents(1999)
print(price, price + 1, type(price + 1).__name__, price * 2, type(price * 2).__name__)
print(repr(price), price == 1999, hash(price) == hash(1999), Cents(5) < 6)
counts = {Cents(1): "a"}
print(counts[1], [type(x).__name__ for x in (h, sq, nums, s, price)])
print(issubclass(Slug, str), issubclass(TypedList, (dict, list)), type(h) is dict)


class Stack(list):
    push = list.append

    def peek(self):
        return self[-1]


st = Stack()
st.push(1)
st.push(2)
print(st, st.peek(), st.pop(), st, bool(st), bool(Stack()))
