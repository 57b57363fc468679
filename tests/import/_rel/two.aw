two_value = 2
