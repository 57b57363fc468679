print("never printed")
x = b"abc" "def"
