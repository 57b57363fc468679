VERSION = "1.0"
init_runs = globals().get("init_runs", 0) + 1
