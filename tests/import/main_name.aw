import sys


def main():
    print("main runs", __name__)


if __name__ == "__main__":
    main()
print(sys.modules["__main__"].__name__, sys.modules["__main__"].main is main)
print(__package__, __spec__)
