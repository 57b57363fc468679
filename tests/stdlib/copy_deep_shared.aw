# deepcopy keeps sharing and cycles: the memo maps each original to its copy
import copy

shared = [1, 2]
outer = [shared, shared, {"again": shared}, (shared,)]
c = copy.deepcopy(outer)
print(c[0] is c[1], c[0] is c[2]["again"], c[0] is c[3][0], c[0] is not shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, cc[0])
d = {"name": "root"}
d["self"] = d
d["kids"] = [d, {"parent": d}]
dc = copy.deepcopy(d)
print(dc["self"] is dc, dc["kids"][0] is dc, dc["kids"][1]["parent"] is dc, dc is not d)
a = []
t = (a,)
a.append(t)
ta = copy.deepcopy(t)
print(ta[0][0] is ta, ta is not t)
