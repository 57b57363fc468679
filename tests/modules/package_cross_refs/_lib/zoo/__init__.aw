order = []
