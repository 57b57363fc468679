SETTINGS = {"port": "80", "workers": "four"}
PORT = int(SETTINGS["port"])
WORKERS = int(SETTINGS["workers"])
