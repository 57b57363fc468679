1 + 2
"docstring-like"
[1, 2]
None
x = 3
x
print("only this prints")
