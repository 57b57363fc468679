for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
while True:
    try:
        break
    finally:
        print("finally on break")
for i in range(5):
    try:
        raise ValueError(i)
    finally:
        if i == 2:
            break
        continue
print("loop exited at", i)
