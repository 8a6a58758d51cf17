# Print the mask a kernel function tests a variable against, as the C
# expression after "VAR & ~" (a parenthesized group, or one name), taken
# from the function whose first line starts with START in FILE (up to the
# "}" that closes it at column 0).  Exits non-zero when there is not
# exactly one distinct such test.  Usage: mount-kernel-mask.py FILE START VAR
import re
import sys

path, start, var = sys.argv[1:4]
lines = open(path).read().split("\n")
body = None
for i, line in enumerate(lines):
    if line.startswith(start):
        end = i
        while end < len(lines) and lines[end] != "}":
            end += 1
        body = " ".join(lines[i:end + 1])
        break
if body is None:
    sys.exit("no function starting with " + start)
body = re.sub(r"\s+", " ", body)
found = set()
for m in re.finditer(r"\b" + re.escape(var) + r" ?& ?~ ?", body):
    rest = body[m.end():]
    if rest.startswith("("):
        depth = 0
        for j, c in enumerate(rest):
            depth += c == "("
            depth -= c == ")"
            if depth == 0:
                found.add(rest[:j + 1].replace(" ", ""))
                break
    else:
        found.add(re.match(r"[A-Za-z_][A-Za-z0-9_]*", rest).group(0))
if len(found) != 1:
    sys.exit("%d masks for %s: %s" % (len(found), var, sorted(found)))
print(found.pop())
