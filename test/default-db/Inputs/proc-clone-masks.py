# proc family: print, one a line in decimal, each flag set the constraints
# of sys_clone test clone_flags against ("clone_flags & N" or "clone_flags
# & (N | M ...)" in the resolved expressions), read from
# `kapi-db show --format json sys_clone` on stdin.
import json
import re
import sys

doc = json.load(sys.stdin)
apis = doc["apis"] if isinstance(doc, dict) else doc
term = r"(?:0x[0-9a-fA-F]+|[0-9]+)u?"
pat = re.compile(r"\bclone_flags & (\(\s*%s(?:\s*\|\s*%s)*\s*\)|%s)" % (term, term, term))
found = 0
for c in apis[0].get("constraints") or []:
    for m in pat.finditer(c["kapi_clang"]["expr_resolved"]):
        value = 0
        for n in re.findall(term, m.group(1)):
            value |= int(n.rstrip("u"), 0)
        print(value)
        found += 1
if not found:
    sys.exit("no clone_flags tests found")
