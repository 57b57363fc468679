# A module whose top level fails: the error escapes from the import
# statement of the script.
import sys
sys.path.insert(0, "_lib")

import config_ok
print(config_ok.PORT)
import config_bad
print("not reached")
