print("before")
"café".encode("ascii")
