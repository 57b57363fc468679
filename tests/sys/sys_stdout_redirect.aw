import sys

print("first")
saved = sys.stdout
sys.stdout = sys.stderr
print("this goes to stderr")
sys.stdout = saved
print("back on stdout")
sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
print("restored")
