# The sys module in a command-line style program: argv, a recursion limit
# adjusted for a deep recursive walk, stdout/stderr writes, sys.modules,
# maxsize, version and platform checks, and sys.exit caught as SystemExit.
import sys


def main(argv):
    prog, *args = argv
    opts = {"count": 1, "shout": False}
    words = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--count":
            opts["count"] = int(args[i + 1])
            i += 2
            continue
        if a == "--shout":
            opts["shout"] = True
        elif a.startswith("--"):
            sys.stderr.write(f"unknown option {a}\n")
            sys.exit(2)
        else:
            words.append(a)
        i += 1
    text = " ".join(words) or "nothing"
    for _ in range(opts["count"]):
        sys.stdout.write((text.upper() if opts["shout"] else text) + "\n")
    return 0


print(len(sys.argv), sys.argv[0].endswith("sys_usage.aw"))
print(main(["prog", "hello", "--count", "2", "world"]))
print(main(["prog", "--shout", "hi"]))
for argv in [["prog", "--bogus"], ["prog"]]:
    try:
        code = main(argv)
        print("returned", code)
    except SystemExit as e:
        print("SystemExit", e.code, repr(e), isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit()
except SystemExit as e:
    print("bare exit:", e.code)
try:
    sys.exit("fatal: message")
except SystemExit as e:
    print("message exit:", e.code)

old = sys.getrecursionlimit()
print(type(old).__name__, old >= 1000)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2000))
sys.setrecursionlimit(old)
try:
    depth(100000)
except RecursionError as e:
    print("RecursionError:", str(e).startswith("maximum recursion depth exceeded"))
print(sys.getrecursionlimit() == old)

print("sys" in sys.modules, sys.modules["sys"] is sys, type(sys.modules).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1 > sys.maxsize)
print(sys.version[0],
      isinstance(sys.version, str), sys.platform in ("linux", "darwin", "win32", "freebsd"))
print(isinstance(sys.path, list), all([isinstance(p, str) for p in sys.path]))
n = sys.stdout.write("written without newline")
sys.stdout.write("\n")
print(n)
sys.stdout.flush()
sys.stderr.flush()
print("done", file=sys.stdout)
print("to stderr", file=sys.stderr)
