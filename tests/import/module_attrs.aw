import _docmod
import _simple

here = __file__.rpartition("/")[0]
print(_docmod.__doc__, _docmod.__name__, repr(_docmod.__package__))
print(_docmod.__file__.replace(here, "."))
print(_simple.__doc__)
print(sorted(vars(_simple)))
print(_simple.__builtins__ is __builtins__.__dict__)
print(_docmod.__spec__ is None or True, _docmod.__loader__ is None or True)
