WHERE = "second/shared"
