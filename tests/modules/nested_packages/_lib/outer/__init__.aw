LOG = ["outer"]
