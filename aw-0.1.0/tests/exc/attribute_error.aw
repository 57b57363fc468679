print("before")
(5).no_such_attr_xyz
