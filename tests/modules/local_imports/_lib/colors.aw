import sys
RED, GREEN, BLUE = "#f00", "#0f0", "#00f"
loads = 1
