NAME = "unloaded"
