# Module metadata: __doc__, __name__, __file__, __dict__, the module type,
# functions' __module__ and __globals__, and vars() of a module.
import sys
sys.path.insert(0, "_lib")

import documented
print(repr(documented.__doc__))
print(documented.__name__, type(documented).__name__, type(documented) is type(sys))
print(documented.__file__.replace("\\", "/").split("/")[-2:])
print(documented.greet.__module__, documented.greet.__globals__ is vars(documented))
print(documented.Greeter.__module__, documented.Greeter().__class__.__module__)
print(sorted([k for k in documented.__dict__ if not k.startswith("__")]))
print(documented.__dict__["CONSTANT"], vars(documented) is documented.__dict__)
print(__doc__ is None, __name__)
