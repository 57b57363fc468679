class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Audio(Plugin, name="sound"):
    pass
class Video(Plugin):
    pass
print(Plugin.registry, Audio.plugin_name)
try:
    class Bad(extra=1):
        pass
except TypeError as e:
    print(e)
