import time
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, type(time.tzname).__name__, len(time.tzname))
lt = time.localtime(1700000000)
print(type(lt.tm_zone).__name__, lt.tm_zone in time.tzname, type(lt.tm_gmtoff).__name__)
print(time.tzset())
