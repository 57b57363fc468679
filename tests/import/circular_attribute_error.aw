import _circ_p

print(_circ_p.p_value, _circ_p._circ_q.q_value)
