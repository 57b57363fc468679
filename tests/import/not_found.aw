print("start")
import nothere_at_all
