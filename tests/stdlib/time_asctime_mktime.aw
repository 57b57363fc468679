import time
print(time.asctime(time.gmtime(0)), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.asctime((2024, 0, 29, 13, 5, 9, 3, 60, 0)), time.asctime((10000, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((-1, 1, 1, 0, 0, 0, 0, 1, 0)))
for t in [0, 1700000000, 1720000000, 1704067200]:
    lt = time.localtime(t)
    print(time.mktime(lt) == t, time.ctime(t) == time.asctime(lt), lt == time.localtime(t + 0.5))
print(type(time.mktime(time.localtime())).__name__, len(time.ctime()), len(time.asctime()))
for call in [lambda: time.asctime((2024,)), lambda: time.asctime('x'), lambda: time.asctime(1, 2),
             lambda: time.mktime((2024, 1, 1)), lambda: time.mktime('x'), lambda: time.mktime(), lambda: time.ctime('x'),
             lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
