print("ok")
x = "\N{KEYCAP DIGIT ONE}"
