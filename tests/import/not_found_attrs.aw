try:
    import nothere_at_all
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError))
    print(e, e.msg, e.name, e.path)
    print(e.args)
