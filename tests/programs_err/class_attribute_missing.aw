# AttributeError on a class object (not an instance) uses "type object".


class Config:
    debug = False
    level = 3


print(Config.debug, Config.level)
print(Config.verbose)
