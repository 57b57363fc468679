import _simple

_simple.missing_attribute
