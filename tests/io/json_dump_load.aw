# json.dump and json.load through files
import json
import os

path = "/tmp/aw_io_json_dump_load.json"
data = {"name": "aw", "list": [1, 2.5, None, True], "nested": {"k": "\u00e9"}}
with open(path, "w") as f:
    print(json.dump(data, f, indent=2, sort_keys=True))
with open(path) as f:
    print(f.read())
with open(path) as f:
    print(json.load(f) == data)
with open(path, "w") as f:
    f.write('{"bad": }')
try:
    with open(path) as f:
        json.load(f)
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)
os.remove(path)
