# a comment
x = 1  # trailing comment
# comment with "quotes" and 'quotes' and \ backslash
if x:  # after colon
    # indented comment
    print("in if")
        # comment at odd indentation
    print("still in if")
# comment at end without newline
print("#not a comment")
print('x' # between arguments
      , 'y')
