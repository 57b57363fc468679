try:
    try:
        1 / 0
    except 5:
        print("no")
except TypeError as e:
    print("TypeError:", e)
