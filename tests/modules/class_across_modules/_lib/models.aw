registry = []


class ValidationError(ValueError):
    pass


class Model:
    fields = ()
    instances = 0

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        registry.append(cls)

    def __init__(self, **values):
        unknown = sorted(set(values) - set(self.fields))
        if unknown:
            raise ValidationError(f"unknown fields {unknown}")
        for f in self.fields:
            if f not in values:
                raise ValidationError(f"missing field {f!r}")
            setattr(self, f, values[f])
        self.validate()
        Model.instances += 1

    def validate(self):
        pass

    def to_dict(self):
        return {f: getattr(self, f) for f in self.fields}

    def __str__(self):
        inner = ", ".join([f"{k}={v!r}" for k, v in self.to_dict().items()])
        return f"{type(self).__name__}({inner})"
