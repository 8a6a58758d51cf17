# Print the resolved bounds of one parameter of a spec, read from
# `kapi-db show --format json NAME` on stdin, as "MIN MAX" (either may be
# "none").  Usage: param-range.py PARAM
import json
import sys

doc = json.load(sys.stdin)
apis = doc["apis"] if isinstance(doc, dict) else doc
for p in apis[0]["parameters"]:
    if p["name"] == sys.argv[1]:
        lo, hi = p.get("min_value"), p.get("max_value")
        print("none" if lo is None else int(lo), "none" if hi is None else int(hi))
        break
else:
    sys.exit("no parameter " + sys.argv[1])
