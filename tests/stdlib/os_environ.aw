import os
print(type(os.environ) is dict or type(os.environ).__name__ == '_Environ')
print('PATH' in os.environ, os.getenv('PATH') == os.environ['PATH'])
os.environ['AW_TEST_VAR'] = 'hello'
print(os.getenv('AW_TEST_VAR'), os.environ.get('AW_TEST_VAR'), os.getenv('AW_NOPE_VAR'), os.getenv('AW_NOPE_VAR', 42))
del os.environ['AW_TEST_VAR']
print(os.getenv('AW_TEST_VAR'), os.getenv(key='AW_NOPE_VAR', default='d'))
for call in [lambda: os.getenv(5), lambda: os.getenv(), lambda: os.getenv('a', 'b', 'c')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
