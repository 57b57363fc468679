from . import register

NAME = "count"


@register(NAME)
def count(text):
    return {"letters": sum([c.isalpha() for c in text]), "words": len(text.split())}
