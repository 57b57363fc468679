import attempts

attempts.count += 1
VALUE = 10 if attempts.fixed else 1 / 0
