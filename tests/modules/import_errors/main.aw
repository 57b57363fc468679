# ImportError and ModuleNotFoundError for modules and names that do not
# exist, in packages and at top level, with their name attributes.
import sys
sys.path.insert(0, "_lib")

attempts = [
    "import nowhere_module",
    "import pkg.missing",
    "from pkg import missing_name",
    "import pkg.mod.deeper",
    "from nowhere_module import x",
    "from pkg.mod import nothing_here",
]
for stmt in attempts:
    try:
        if stmt == attempts[0]:
            import nowhere_module
        elif stmt == attempts[1]:
            import pkg.missing
        elif stmt == attempts[2]:
            from pkg import missing_name
        elif stmt == attempts[3]:
            import pkg.mod.deeper
        elif stmt == attempts[4]:
            from nowhere_module import x
        else:
            from pkg.mod import nothing_here
    except ModuleNotFoundError as e:
        print(f"{stmt:<36} ModuleNotFoundError: {e} | name={e.name}")
    except ImportError as e:
        print(f"{stmt:<36} ImportError: {str(e).split(' (')[0]} | name={e.name}")
print(issubclass(ModuleNotFoundError, ImportError), "pkg" in sys.modules, "pkg.mod" in sys.modules)
import pkg.mod
print(pkg.mod.answer, pkg.mod.__name__)
