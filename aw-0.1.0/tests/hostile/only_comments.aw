# nothing here but comments
# and more comments
