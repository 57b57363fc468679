good = "good"
