"""The docstring of _docmod."""
