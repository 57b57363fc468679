import _simple, _with_all as w, _no_all

print(_simple.a, w.public, _no_all.alpha)
