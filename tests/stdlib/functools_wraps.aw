# functools.wraps copies the identity of the wrapped function
import functools

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        "wrapper doc"
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def greet(name: str, punct="!") -> str:
    "Say hello."
    return "hello " + name + punct

print(greet("bob"), greet("al", punct="?"))
print(greet.__name__, greet.__qualname__, greet.__doc__, greet.__module__)
print(greet.__annotations__)
print(greet.__wrapped__.__name__, greet.calls)
print(sorted(greet.__dict__.keys()))

def plain(fn):
    def inner():
        return fn()
    return inner

@plain
def named():
    pass
print(named.__name__, named.__qualname__)
