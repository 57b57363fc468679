vals = [0.0, 1.5, -2.25, 1e-5, 123456789.0, 1e16, 0.1, 1e100]
for v in vals:
    print(f"{v:e}|{v:E}|{v:f}|{v:F}|{v:g}|{v:G}|{v:%}|{v}|{v:.3}")
inf, nan = float("inf"), float("nan")
print(f"{inf:f} {inf:F} {-inf:e} {nan:g} {nan:G} {inf:10} {nan:+} {inf:%}")
