print("never printed")
x = 'abc
y = 2
