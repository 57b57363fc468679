import _rel.inner

print(_rel.inner.one is _rel.one, _rel.inner.two_value)
print(_rel.inner.deep.deep_value, _rel.inner.deep_value)
print(_rel.inner.deep.again is _rel.one)
