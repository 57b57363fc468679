# An exception raised inside __exit__ replaces the one from the block.


class Transaction:
    def __init__(self):
        self.ops = []

    def __enter__(self):
        print("begin")
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            raise RuntimeError(f"rollback failed after {exc_type.__name__}")
        print("commit", self.ops)


with Transaction() as t:
    t.ops.append("insert")
with Transaction() as t:
    t.ops.append("update")
    raise KeyError("row 7")
