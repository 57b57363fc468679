# sys.exit with a string prints it to stderr and exits with status 1.
import sys


def main(args):
    if not args:
        sys.exit("usage: prog FILE")
    return 0


print("starting")
main([])
print("not reached")
