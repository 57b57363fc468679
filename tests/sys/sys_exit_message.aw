import sys

print("out")
sys.exit("goodbye from sys.exit")
