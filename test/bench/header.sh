#!/bin/sh
# Compile-time cost of kapi-diagnose.h: clang-19 -fsyntax-only on a few
# files, with and without -include of the header generated from the
# default database.  Reports hyperfine's means and the overhead.
# Usage: test/bench/header.sh BUILD_DIR
set -eu
build=${1:?usage: test/bench/header.sh BUILD_DIR}
src=$(cd "$(dirname "$0")/../.." && pwd)
clang=${CLANG:-clang-19}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$build/bin/kapi-db" header -o "$work/kapi-diagnose.h" 2>/dev/null

# A small file (the libc headers the header needs anyway), a correct
# program with many bound calls, and a larger file of ours.
printf '#include <unistd.h>\nint main(void) { return getpid() < 0; }\n' \
	> "$work/small.c"
cp "$src/test/header/correct-code.c" "$work/calls.c"
cp "$src/specs-db/kapi_db.c" "$work/big.c"
inc="-I$src/specs-db"

for f in small calls big; do
	hyperfine --warmup 3 --runs 30 --export-json "$work/$f.json" \
		-n "$f plain" "$clang -fsyntax-only $inc $work/$f.c" \
		-n "$f +header" \
		"$clang -fsyntax-only $inc -include $work/kapi-diagnose.h $work/$f.c" \
		> /dev/null
	python3 - "$work/$f.json" "$f" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
a, b = r[0]["mean"] * 1000, r[1]["mean"] * 1000
sa, sb = r[0]["stddev"] * 1000, r[1]["stddev"] * 1000
print(f"{sys.argv[2]:6s} plain {a:7.1f} ms ± {sa:4.1f}   "
      f"+header {b:7.1f} ms ± {sb:4.1f}   overhead {b - a:+6.1f} ms "
      f"({(b - a) / a * 100:+.0f}%)")
PY
done
