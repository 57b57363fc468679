import os
os.remove('no_such_file_for_aw_test')
