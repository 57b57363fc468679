class Base:
    def __enter__(self):
        print("Base enter", type(self).__name__)
        return self
    def __exit__(self, *a):
        print("Base exit")
        return False
class Child(Base):
    def __exit__(self, et, ev, tb):
        print("Child exit", et.__name__ if et else None)
        return super().__exit__(et, ev, tb) or et is ZeroDivisionError
with Child() as c:
    print(type(c).__name__)
with Child():
    1 / 0
print("survived")
