import string
print(string.capwords('hello   world  foo'))
print(repr(string.capwords('  hello world  ')))
print(string.capwords('hello-world-foo', '-'), string.capwords('aBC dEF', sep=None), string.capwords(s='x y'))
print(repr(string.capwords('a,b,,c', ',')), repr(string.capwords('')), string.capwords('héllo wörld ßa'))
print(string.capwords("they're bill's friends"), string.capwords('a\tb\nc'))
for call in [lambda: string.capwords(), lambda: string.capwords('a', 'b', 'c'), lambda: string.capwords('a', foo=1),
             lambda: string.capwords(5), lambda: string.capwords('a b', ''), lambda: string.capwords(b'a b')]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
