# A helper module imports a module that does not exist: the
# ModuleNotFoundError reaches the script uncaught.
import sys
sys.path.insert(0, "_lib")

print("importing the report module")
import report
print("not reached")
