from .. import one as again
deep_value = "deep"
