s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3])
print(s[::-1], s[8:2:-2], s[-1:-4:-1], s[5:1], s[100:], s[-100:2])
t = "hello world"
print(t[::-1], t[::3], t[6:], t[-5:-1], t[0:0], t[::-2])
print((1, 2, 3, 4)[1:3], (1, 2, 3)[::-1], b"abcdef"[1:4], b"abc"[::-1])
print(s[None:None:None] == s, s[3:None], s[slice(2, 8, 3)])
