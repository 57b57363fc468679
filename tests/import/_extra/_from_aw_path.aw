where = "AW_PATH"
