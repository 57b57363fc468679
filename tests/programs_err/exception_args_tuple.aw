# An exception with several arguments and no __str__ shows the tuple.


class ParseError(Exception):
    pass


def parse(line, lineno):
    if "=" not in line:
        raise ParseError("missing '='", lineno)
    return line.split("=", 1)


for n, line in enumerate(["a=1", "b=2", "c"], 1):
    print(parse(line, n))
