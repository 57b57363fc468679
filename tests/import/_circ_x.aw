import _circ_y
x_value = "x"
