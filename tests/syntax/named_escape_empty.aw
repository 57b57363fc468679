print("ok")
x = "\N{}"
