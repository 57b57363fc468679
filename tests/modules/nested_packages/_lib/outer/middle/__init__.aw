import outer
outer.LOG.append("middle")
