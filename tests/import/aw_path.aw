import sys

import _from_aw_path
print(_from_aw_path.where)
here = __file__.rpartition("/")[0]
print(_from_aw_path.__file__.replace(here, "."))
print("_extra" in sys.path, "_nonexistent_dir" in sys.path)
print(sys.path.index("_extra") < sys.path.index("_nonexistent_dir"))
