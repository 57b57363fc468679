# A text adventure as a state machine: rooms are objects, the game reads
# scripted commands, dispatches them to methods by name with getattr.


class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class Room:
    def __init__(self, name, description, items=(), locked=None):
        self.name = name
        self.description = description
        self.items = list(items)
        self.exits = {}
        self.locked = locked  # item needed to enter

    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self

    def __str__(self):
        s = f"[{self.name}] {self.description}"
        if self.items:
            s += " You see: " + ", ".join(self.items) + "."
        return s + " Exits: " + " ".join(sorted(self.exits)) + "."


class Player:
    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0


class Game:
    def __init__(self):
        hall = Room("Hall", "A dusty hall.", ["lamp"])
        library = Room("Library", "Shelves of books.", ["key", "book"])
        vault = Room("Vault", "Gold everywhere!", ["gold"], locked="key")
        cellar = Room("Cellar", "It is pitch dark.")
        hall.connect("north", library, "south")
        library.connect("east", vault, "west")
        hall.connect("down", cellar, "up")
        self.player = Player(hall)
        self.log = []

    def say(self, text):
        self.log.append(text)
        print(text)

    def do_look(self):
        self.say(str(self.player.room))

    def do_go(self, direction):
        room = self.player.room.exits.get(direction)
        if room is None:
            self.say(f"You can't go {direction}.")
            return
        if room.locked and room.locked not in self.player.inventory:
            self.say(f"The {room.name} is locked.")
            return
        if room.name == "Cellar" and "lamp" not in self.player.inventory:
            raise GameOver(False, "You were eaten by a grue.")
        self.player.room = room
        self.do_look()

    def do_take(self, item):
        if item not in self.player.room.items:
            self.say(f"There is no {item} here.")
            return
        self.player.room.items.remove(item)
        self.player.inventory.append(item)
        self.say(f"Taken: {item}.")
        if item == "gold":
            raise GameOver(True, "You are rich!")

    def do_inventory(self):
        self.say("You carry: " + (", ".join(self.player.inventory) or "nothing"))

    def run(self, commands):
        self.do_look()
        try:
            for line in commands:
                words = line.split()
                self.player.moves += 1
                handler = getattr(self, "do_" + words[0], None)
                if handler is None:
                    self.say(f"I don't know how to {words[0]!r}.")
                    continue
                try:
                    handler(*words[1:])
                except TypeError:
                    self.say(f"{words[0]} needs a different number of words.")
        except GameOver as end:
            self.say(("WIN: " if end.won else "LOSE: ") + str(end))
            return end.won
        return None


script = ["inventory", "go east", "go north", "take book", "go east", "take key",
          "go east", "dance", "go", "take sword", "inventory", "take gold", "look"]
print(Game().run(script))
print("-" * 20)
g = Game()
print(g.run(["go down"]), g.player.moves, len(g.log))
print("-" * 20)
g = Game()
print(g.run(["take lamp", "go down", "go up", "look"]), g.player.room.name)
