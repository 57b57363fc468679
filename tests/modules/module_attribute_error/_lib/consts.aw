PI = 3.14159
E = 2.71828


def area(r):
    return PI * r * r
