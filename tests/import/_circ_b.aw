print("start _circ_b")
import _circ_a
print("_circ_b sees a_value:", hasattr(_circ_a, "a_value"))
b_value = "b"
print("end _circ_b")
