# An exception class from a package submodule: "store.errors.NotFound: ...".
import sys
sys.path.insert(0, "_lib")

import store

s = store.Store({"apple": 3})
print(s.get("apple"))
print(s.get("pear"))
