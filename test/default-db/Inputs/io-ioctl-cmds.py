# The ioctl request codes of the default database's sys_ioctl spec, read
# from `kapi-db show --format json sys_ioctl` on stdin.
#   names BODY...  print printf lines for the requests the constraints name
#                  ("cmd != NAME"), failing unless each is a case label of
#                  one of the kernel function bodies given
#   values         print the resolved values of those requests (hex, sorted)
#   doc BODY...    fail unless the spec's long description names every case
#                  label of the bodies given; print how many there are
import json
import re
import sys

doc = json.load(sys.stdin)
apis = doc["apis"] if isinstance(doc, dict) else doc
spec = apis[0]
cons = [c for c in spec.get("constraints") or []
        if (c.get("kapi_clang") or {}).get("expr_resolved")]
mode, bodies = sys.argv[1], sys.argv[2:]
labels = []
for path in bodies:
    labels += re.findall(r"\bcase ([A-Z0-9_]+):", open(path).read())

if mode == "names":
    for c in cons:
        for name in re.findall(r"\bcmd != ([A-Z][A-Z0-9_]*)\b", c["expression"]):
            if name not in labels:
                sys.exit("%s is not a case label of %s" % (name, " ".join(bodies)))
            print('printf("%%#x\\n", (unsigned)(%s));' % name)
elif mode == "values":
    vals = []
    for c in cons:
        vals += [int(v, 0) for v in
                 re.findall(r"\bcmd != (0x[0-9a-fA-F]+|[0-9]+)u?\b",
                            c["kapi_clang"]["expr_resolved"])]
    for v in sorted(vals):
        print(hex(v))
elif mode == "doc":
    text = spec.get("long_description") or ""
    missing = [l for l in labels if not re.search(r"\b%s\b" % l, text)]
    if missing:
        sys.exit("not in the long description: " + " ".join(missing))
    print("labels named: %d" % len(labels))
else:
    sys.exit("unknown mode " + mode)
