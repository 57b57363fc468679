x = 3.14159
w = 10
p = 3
print(f"[{x:{w}.{p}f}]")
print(f"[{x:{'>'}{w}}]")
fill = '*'
print(f"[{'mid':{fill}^{w}}]")
print(f"[{42:{'+' if x > 0 else '-'}d}]")
