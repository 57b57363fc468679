from ... import LOG
LOG.append("inner")
VALUE = len(LOG)
