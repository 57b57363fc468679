counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter)
def make():
    global fresh_name
    fresh_name = "created"
make()
print(fresh_name)
def read_only():
    return counter * 10
print(read_only())
