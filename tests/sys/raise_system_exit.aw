print("raising")
raise SystemExit(2)
