s = "hello World of PYTHON 3rd"
print(s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|", s.swapcase())
print("they're bill's".title(), "hello-world_foo".title(), "".upper())
