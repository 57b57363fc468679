print("before")
raise SystemExit("fatal: message goes to stderr")
