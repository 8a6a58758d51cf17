# Print, one a line, the values of PARAM in [LO, HI] for which the resolved
# expression of the constraint NAME of a spec holds, read from
# `kapi-db show --format json SPEC` on stdin.  With --all-below N, also
# fail unless it holds for every value in [N, LO).  The expression may use
# only PARAM, integers, comparisons, & | ~ and && || (what the clock-id
# constraints of time.c use).
# Usage: constraint-values.py NAME PARAM LO HI [--all-below N]
import json
import re
import sys

doc = json.load(sys.stdin)
apis = doc["apis"] if isinstance(doc, dict) else doc
name, param, lo, hi = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
for c in apis[0]["constraints"]:
    if c["name"] == name:
        expr = c["kapi_clang"]["expr_resolved"]
        break
else:
    sys.exit("no constraint " + name)
if not re.fullmatch(r'[\w\s()<>=!&|~-]*', expr):
    sys.exit("unexpected expression " + expr)
py = expr.replace("&&", " and ").replace("||", " or ")
py = re.sub(r'!(?!=)', " not ", py)


def holds(v):
    return bool(eval(py, {}, {param: v}))


if len(sys.argv) > 6 and sys.argv[5] == "--all-below":
    bad = [v for v in range(int(sys.argv[6]), lo) if not holds(v)]
    if bad:
        sys.exit("%s fails for %s" % (name, bad))
for v in range(lo, hi + 1):
    if holds(v):
        print(v)
