# json.JSONDecodeError escapes; its name is printed with its module.
import json

good = json.loads('{"users": [1, 2]}')
print(good["users"])
json.loads('{"users": [1, 2,]}')
