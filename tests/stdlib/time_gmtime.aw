import time
for t in [0, 1, 86399, 86400 * 365, 123456789, 951782400, 1234567890, 1700000000.7, -1.5, -86400 * 366, 2**31, 10**10, True]:
    print(t, time.gmtime(t))
g = time.gmtime(1234567890)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, g.tm_zone, g.tm_gmtoff)
for bad in ['x', float('nan'), 1e20, 10**20, -2**63 - 1]:
    try:
        time.gmtime(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.gmtime(1, 2)
except TypeError as e:
    print('TypeError', e)
