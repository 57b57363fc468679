import _circ_q
p_value = "p"
