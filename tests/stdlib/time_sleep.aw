import time
t0 = time.monotonic()
print(time.sleep(0.05), time.sleep(0), time.sleep(False))
dt = time.monotonic() - t0
print(dt >= 0.05, dt < 5)
t0 = time.perf_counter_ns()
time.sleep(0.01)
print(time.perf_counter_ns() - t0 >= 10_000_000)
for bad in [-1, -0.5, 'x', float('nan'), 10**30, 1e30, None]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print('TypeError', e)
