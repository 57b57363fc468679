print("a file never shadows the built-in sys")
