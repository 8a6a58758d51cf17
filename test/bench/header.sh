#!/bin/sh
# Compile-time cost of kapi-diagnose.h: clang-19 -fsyntax-only on a few
# files, with and without -include of the header generated from the
# default database, and with -isystem of the per-header wrappers
# (kapi-db header --dir).  Reports hyperfine's means and the overhead.
# Usage: test/bench/header.sh BUILD_DIR
set -eu
build=${1:?usage: test/bench/header.sh BUILD_DIR}
src=$(cd "$(dirname "$0")/../.." && pwd)
clang=${CLANG:-clang-19}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$build/bin/kapi-db" header -o "$work/kapi-diagnose.h" 2>/dev/null
"$build/bin/kapi-db" header --dir "$work/kd" 2>/dev/null

# An empty file (the header's whole cost, its libc headers included), a
# small file, a correct program with many bound calls, and a larger file
# of ours.  User CPU time is the steadier figure on a busy machine.
: > "$work/empty.c"
printf '#include <unistd.h>\nint main(void) { return getpid() < 0; }\n' \
	> "$work/small.c"
cp "$src/test/header/correct-code.c" "$work/calls.c"
cp "$src/specs-db/kapi_db.c" "$work/big.c"
inc="-I$src/specs-db"

for f in empty small calls big; do
	hyperfine --warmup 3 --runs 30 --export-json "$work/$f.json" \
		-n "$f plain" "$clang -fsyntax-only $inc $work/$f.c" \
		-n "$f +header" \
		"$clang -fsyntax-only $inc -include $work/kapi-diagnose.h $work/$f.c" \
		-n "$f +dir" \
		"$clang -fsyntax-only $inc -isystem $work/kd $work/$f.c" \
		> /dev/null
	python3 - "$work/$f.json" "$f" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
a = r[0]["mean"] * 1000
ua = r[0]["user"] * 1000
for k, how in ((1, "-include"), (2, "-isystem dir")):
    b, ub = r[k]["mean"] * 1000, r[k]["user"] * 1000
    print(f"{sys.argv[2]:6s} {how:13s} wall {a:6.1f} -> {b:6.1f} ms "
          f"({b - a:+5.1f})   user CPU {ua:6.1f} -> {ub:6.1f} ms "
          f"({ub - ua:+5.1f}, {(ub - ua) / ua * 100:+.0f}%)")
PY
done
