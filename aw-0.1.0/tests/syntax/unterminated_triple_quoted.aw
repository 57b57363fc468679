print("never printed")
x = 1
s = """abc
def
