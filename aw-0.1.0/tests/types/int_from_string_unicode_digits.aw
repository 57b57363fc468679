print(int("٣"), int("١٢"), int("１２"), float("٣.٥"))
