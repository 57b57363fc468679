PORT = int("8080")
