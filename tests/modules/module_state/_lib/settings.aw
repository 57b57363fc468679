level = 1
names = ["a"]


def describe():
    return f"level={level} names={names}"


def set_name(n):
    names.append(n)


def bump():
    global level
    level += 1


def show_extra():
    return globals().get("extra", "no extra")
