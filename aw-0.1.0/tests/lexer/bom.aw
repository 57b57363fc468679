# starts with a UTF-8 byte order mark
print("bom ok")
print(len("é"))
