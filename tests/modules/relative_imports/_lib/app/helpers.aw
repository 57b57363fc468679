def shout(text):
    return text.upper() + "!"


PREFIX = "hello"
