# Print the resolved values of one parameter of a spec, read from
# `kapi-db show --format json NAME` on stdin: the mask in hex, or the enum
# values one a line in increasing order.  Usage: param-values.py PARAM
import json
import sys

doc = json.load(sys.stdin)
apis = doc["apis"] if isinstance(doc, dict) else doc
for p in apis[0]["parameters"]:
    if p["name"] != sys.argv[1]:
        continue
    if p.get("valid_mask") is not None:
        print(hex(int(p["valid_mask"], 16)))
    for v in sorted(p.get("enum_values") or []):
        print(v)
    break
else:
    sys.exit("no parameter " + sys.argv[1])
