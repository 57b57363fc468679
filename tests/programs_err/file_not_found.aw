# open() of a missing file: FileNotFoundError with errno and file name.


class Loader:
    def __init__(self, name):
        self.name = name

    def load(self):
        with open(self.name) as f:
            return f.read()


print("loading")
Loader("no_such_file_for_aw_tests.txt").load()
