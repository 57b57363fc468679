import time
t = time.gmtime(1234567890)
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('%a %A %b %B %c %d %j %U %w %W %x %X %y %Y %%', t))
print(time.strftime('%Z %z', t), repr(time.strftime('', t)), time.strftime('%Y \u00e9 %%', t), time.strftime('abc%', t))
print(time.strftime('%4Y|%-d|%e|%I %p', t))
print(time.strftime('%Y', (2024, 0, 0, 0, 0, 0, 0, 0, 0)), time.strftime('%Y-%m', (99999, 1, 1, 0, 0, 0, 0, 1, 0)), time.strftime('%Y %d', (-5, 1, 1, 0, 0, 0, 0, 1, 0)))
print(time.strftime('%H:%M:%S', (2000, 1, 1, 23, 59, 61, 0, 1, 0)), time.strftime('%j %a', (2000, 12, 31, 0, 0, 0, 6, 366, -5)))
print(len(time.strftime('%Y-%m-%d')) == 10)
