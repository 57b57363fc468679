one_value = 1
