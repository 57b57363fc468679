print("this _simple must not be found: the test directory comes first")
