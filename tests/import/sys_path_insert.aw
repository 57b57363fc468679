import sys

try:
    import _on_sys_path
except ModuleNotFoundError as e:
    print(e)
sys.path.insert(0, "_lib")
import _on_sys_path
print(_on_sys_path.where)
print(_on_sys_path.__file__.endswith("/_lib/_on_sys_path.aw"))
