# import of a module that exists nowhere: ModuleNotFoundError.
import math

print(math.sqrt(16))
import definitely_not_a_module_xyz
