print("before")
import nonexistent_mod_xyz
