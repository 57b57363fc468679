from plugins import register


@register("reverse")
def reverse(text):
    return text[::-1]
