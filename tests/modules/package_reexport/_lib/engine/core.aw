class Engine:
    def __init__(self, power):
        self.power = power
        self.running = False

    def start(self):
        self.running = True
        return f"vroom ({self.power} hp)"

    def status(self):
        return "running" if self.running else "stopped"
