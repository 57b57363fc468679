__all__ = ["sub_a", "value"]
value = "value"
