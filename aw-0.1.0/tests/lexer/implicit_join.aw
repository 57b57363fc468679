s = "abc" 'def' """ghi"""
print(s)
t = ("one "
     "two "
     'three')
print(t)
x = 5
print("x=" f"{x}" r"\n" 'end')
print(len("a" "b" "c"))
