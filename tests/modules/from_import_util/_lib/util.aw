"""Helpers used by the test's main program."""
import functools
import time

calls = 0


def delay(seconds):
    """Sleep, then report how long was asked for."""
    global calls
    calls += 1
    start = time.perf_counter()
    time.sleep(seconds)
    return seconds if time.perf_counter() - start >= seconds else -1


def retry(times):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            last = None
            for _ in range(times):
                try:
                    return fn(*args, **kwargs)
                except ValueError as e:
                    last = e
            raise last
        return wrapper
    return decorate


def clamp(x, lo, hi):
    return max(lo, min(hi, x))
