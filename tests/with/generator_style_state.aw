class Timer:
    log = []
    def __init__(self, name): self.name = name
    def __enter__(self):
        Timer.log.append("start " + self.name)
        return self
    def __exit__(self, *exc):
        Timer.log.append("stop " + self.name)
with Timer("a") as t1:
    with Timer("b") as t2:
        Timer.log.append("work")
print(Timer.log, t1.name, t2.name)
