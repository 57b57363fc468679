import _circ_p
try:
    _circ_p.p_value
except AttributeError as e:
    print("AttributeError:", e)
q_value = "q"
