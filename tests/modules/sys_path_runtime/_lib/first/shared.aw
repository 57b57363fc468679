WHERE = "first/shared"
