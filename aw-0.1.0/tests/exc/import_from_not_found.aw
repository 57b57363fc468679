try:
    from nonexistent_mod_xyz import thing
except ImportError as e:
    print(type(e).__name__, isinstance(e, ImportError), e)
