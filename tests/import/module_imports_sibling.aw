import _uses_sibling
import _simple

print(_uses_sibling.greeting, _uses_sibling._simple is _simple)
