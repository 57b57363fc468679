kind = "package"
