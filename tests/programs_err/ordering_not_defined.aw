# Sorting objects that define no ordering.


class Task:
    def __init__(self, name, priority):
        self.name, self.priority = name, priority


tasks = [Task("b", 2), Task("a", 1)]
print(sorted(tasks, key=lambda t: t.priority)[0].name)
print(sorted(tasks))
