class Maker:
    pass
factories = [Maker, dict, list]
print([type(f()).__name__ for f in factories])
print(callable(Maker), callable(Maker()))
