# `if __name__ == "__main__":` runs only in the script, not in an imported
# module; the module's own __name__ is its import name.
import sys
sys.path.insert(0, "_lib")

import tool

print("main: __name__ =", __name__)
print("tool.__name__ =", tool.__name__, "ran main:", tool.main_ran)


def main():
    print("main() of the script", tool.main(["x", "y"]))


if __name__ == "__main__":
    main()
