import _circ

print(_circ.first.first_value, _circ.first.second.second_value)
