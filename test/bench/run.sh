#!/bin/sh
# Benchmarks for the spec library (goals, not tests; see README.rst):
#   parse: a generated file with 1,000 specs; goal >= 20 MB/s of spec text
#   import: 10,000 specs from kernel-shaped JSON (as debugfs gives) into a
#           new database; goal under 2 s on a 2-core machine.  Our own
#           full-fidelity export (with the "kapi_clang" keys) is timed too.
# Usage: test/bench/run.sh BUILD_DIR   (a Release build without sanitizers)
set -eu
build=${1:?usage: test/bench/run.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
kapi_db="$build/bin/kapi-db"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 "$here/gen_specs.py" 1000 > "$work/specs-1000.c"
python3 "$here/gen_specs.py" 10000 > "$work/specs-10000.c"
"$kapi_db" parse --format json "$work/specs-10000.c" > "$work/specs-10000.json"

bytes=$(wc -c < "$work/specs-1000.c")
echo "parse: $bytes bytes, 1000 specs"
hyperfine --warmup 3 --runs 20 --export-json "$work/parse.json" \
	"$kapi_db parse $work/specs-1000.c"
python3 - "$work/parse.json" "$bytes" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
mb = int(sys.argv[2]) / 1e6
print(f"parse throughput: {mb / r['mean']:.1f} MB/s (mean {r['mean']*1000:.1f} ms, whole process)")
PY

# What a live kernel's debugfs gives: the kernel's shape without our
# "kapi_clang" additions.  Our own full-fidelity export is measured too.
python3 - "$work/specs-10000.json" "$work/kernel-10000.json" <<'PY'
import json, sys
def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if k != "kapi_clang"}
    return [strip(x) for x in o] if isinstance(o, list) else o
json.dump(strip(json.load(open(sys.argv[1]))), open(sys.argv[2], "w"), indent=2)
PY
for input in kernel-10000.json specs-10000.json; do
	echo "import: 10000 specs from $input ($(wc -c < "$work/$input") bytes)"
	hyperfine --warmup 1 --runs 5 --export-json "$work/import.json" \
		--prepare "rm -f $work/import.db $work/import.db-wal $work/import.db-shm" \
		"$kapi_db import --db $work/import.db $work/$input"
	python3 - "$work/import.json" "$input" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"import of 10000 specs ({sys.argv[2]}): mean {r['mean']:.2f} s (max {r['max']:.2f} s)")
PY
done
/usr/bin/time -v "$kapi_db" import --db "$work/mem.db" "$work/kernel-10000.json" 2>&1 \
	| grep -E "Maximum resident" | sed 's/^\s*/import peak memory: /'
