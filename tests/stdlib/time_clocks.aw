import time
a = time.time(); b = time.time_ns(); c = time.perf_counter(); d = time.monotonic_ns(); p = time.process_time()
print(type(a).__name__, type(b).__name__, type(c).__name__, type(d).__name__, type(p).__name__)
print(abs(a - b / 1e9) < 1, time.monotonic() <= time.monotonic(), time.perf_counter_ns() <= time.perf_counter_ns())
print(type(time.process_time_ns()).__name__, time.thread_time() >= 0, time.thread_time_ns() >= 0)
print(time.time() > 1.6e9, time.time_ns() > 1.6e18)
try:
    time.time(1)
except TypeError as e:
    print('TypeError', e)
try:
    time.monotonic(x=1)
except TypeError as e:
    print('TypeError', e)
