where = "sys.path"
