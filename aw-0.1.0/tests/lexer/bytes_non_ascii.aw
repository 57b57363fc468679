print("never printed")
x = b'café'
