print("before")
int("abc")
