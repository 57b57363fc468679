print("before")
import _raises
print("never")
