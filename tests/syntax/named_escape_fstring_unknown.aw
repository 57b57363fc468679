print("ok")
x = 1
y = f"{x}\N{NO SUCH NAME}"
