# directories cannot be opened as files
for mode in ["r", "w", "rb", "a"]:
    try:
        open("/tmp", mode)
    except IsADirectoryError as e:
        print(mode, type(e).__name__, e)
