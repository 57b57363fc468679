# Path handling with os and os.path as a build tool would do it: joining,
# splitting extensions, grouping files by extension, checking what exists
# in the current directory (the test's own directory), and the environment.
import os


class SourceFile:
    def __init__(self, path):
        self.path = path
        self.dir = os.path.dirname(path)
        self.name = os.path.basename(path)
        self.stem, self.ext = os.path.splitext(self.name)

    def output(self, build_dir, ext=".o"):
        return os.path.join(build_dir, self.dir, self.stem + ext)

    def __repr__(self):
        return f"SourceFile({self.path!r})"


files = ["src/main.c", "src/util/str.c", "include/aw.h", "README.md", "src/util/str.h",
         "docs/guide.tar.gz", ".hidden", "Makefile"]
sources = [SourceFile(f) for f in files]
for s in sources:
    print(f"{s.path:<20} dir={s.dir!r:<12} stem={s.stem!r:<14} ext={s.ext!r}")
by_ext = {}
for s in sources:
    by_ext.setdefault(s.ext or "(none)", []).append(s.name)
print(dict(sorted(by_ext.items())))
print([s.output("build") for s in sources if s.ext == ".c"])
print(os.path.join("a", "b", "c.txt"), os.path.join("a/", "b"), os.path.join("a", "/abs", "x"),
      os.path.join("", "rel"), os.path.join("a", ""))
print(os.path.basename("/x/y/"), os.path.dirname("/x/y/"), os.path.dirname("file"), os.path.basename("/"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.splitext("a.b/c"),
      os.path.splitext("noext"))

here = os.getcwd()
print(here.startswith("/"),
      os.path.basename(here), os.path.isdir(here))
listing = os.listdir(".")
print("os_paths.aw" in listing, "os_paths.out" in listing, type(listing).__name__)
print(os.path.exists("os_paths.aw"), os.path.isfile("os_paths.aw"), os.path.isdir("os_paths.aw"))
print(os.path.exists("no_such_file.txt"), os.path.isdir(".."), os.path.isfile(".."))
print(os.path.abspath("os_paths.aw") == os.path.join(here, "os_paths.aw"),
      os.path.abspath(".") == here, os.path.abspath("a/../b") == os.path.join(here, "b"))
aw_files = sorted([f for f in listing if os.path.splitext(f)[1] == ".aw"])
print(aw_files[:1] == sorted(aw_files)[:1], len(aw_files) > 10)

print(os.getenv("AW_SURELY_UNSET_VARIABLE"), os.getenv("AW_SURELY_UNSET_VARIABLE", "fallback"))
print(isinstance(os.environ.get("PATH", ""), str), "AW_SURELY_UNSET_VARIABLE" in os.environ)
home = os.environ.get("HOME")
print(home is None or isinstance(home, str))
try:
    os.environ["AW_SURELY_UNSET_VARIABLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    os.listdir("no_such_dir")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
