print("before")
import _pkg._sub.leaf
print("after")
import _pkg._sub.leaf
print("again")
