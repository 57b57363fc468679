print("importing")
import _exits
print("never")
