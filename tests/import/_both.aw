kind = "module"
