# NotImplementedError from a base-class method that a subclass forgot.


class Exporter:
    def export(self, rows):
        return "\n".join([self.format_row(r) for r in rows])

    def format_row(self, row):
        raise NotImplementedError(f"{type(self).__name__}.format_row")


class CSVExporter(Exporter):
    def format_row(self, row):
        return ",".join(map(str, row))


class JSONExporter(Exporter):
    pass


rows = [(1, "a"), (2, "b")]
print(CSVExporter().export(rows))
print(JSONExporter().export(rows))
