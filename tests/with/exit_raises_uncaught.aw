class Bad:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise TypeError("exit broke")
with Bad():
    print("body")
