count = 0
fixed = False
