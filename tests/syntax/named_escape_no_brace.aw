print("ok")
x = "\N SNOWMAN"
