# string escapes with ensure_ascii on (the default) and off
import json

s = 'quote " backslash \\ slash / nl \n cr \r tab \t bs \b ff \f nul \x00 us \x1f del \x7f'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
u = "caf\u00e9 \u20ac \U0001F600 \u4e2d"
print(json.dumps(u))
print(json.dumps(u, ensure_ascii=False))
print(json.dumps({"\u00e9": "\U0001F600"}))
print(json.dumps({"\u00e9": "\U0001F600"}, ensure_ascii=False))
print(json.dumps("\ud800 lone"))
print(json.loads(json.dumps(u)) == u, json.loads(json.dumps(s)) == s)
