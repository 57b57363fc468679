import sys

print(sys.argv, type(sys.argv).__name__)
sys.argv.append("extra")
import sys as again
print(again.argv)
