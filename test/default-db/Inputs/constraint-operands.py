# Print the numbers a parameter is compared with in the resolved
# expression of one constraint of a spec ("PARAM OP N" terms), one a line in
# increasing order, read from `kapi-db show --format json NAME` on stdin.
# Usage: constraint-values.py CONSTRAINT PARAM OP   (OP is == or !=)
import json
import re
import sys

doc = json.load(sys.stdin)
apis = doc["apis"] if isinstance(doc, dict) else doc
name, param, op = sys.argv[1:4]
for c in apis[0].get("constraints") or []:
    if c["name"] != name:
        continue
    expr = c["kapi_clang"]["expr_resolved"]
    pat = r"\b%s %s (0x[0-9a-fA-F]+|[0-9]+)u?\b" % (re.escape(param), re.escape(op))
    for v in sorted(int(m, 0) for m in re.findall(pat, expr)):
        print(v)
    break
else:
    sys.exit("no constraint " + name)
