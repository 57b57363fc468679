import _simple
greeting = _simple.hello("sibling")
