#!/bin/sh
# Benchmarks for the spec library (goals, not tests; see README.rst):
#   parse: a generated file with 1,000 specs; goal >= 20 MB/s of spec text
#   import: 10,000 specs from kernel-shaped JSON into a new database; goal
#           under 2 s on a 2-core machine
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

echo "import: 10000 specs from $(wc -c < "$work/specs-10000.json") bytes of JSON"
hyperfine --warmup 1 --runs 5 --export-json "$work/import.json" \
	--prepare "rm -f $work/import.db $work/import.db-wal $work/import.db-shm" \
	"$kapi_db import --db $work/import.db $work/specs-10000.json"
python3 - "$work/import.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(f"import of 10000 specs: mean {r['mean']:.2f} s (max {r['max']:.2f} s)")
PY
/usr/bin/time -v "$kapi_db" import --db "$work/mem.db" "$work/specs-10000.json" 2>&1 \
	| grep -E "Maximum resident" | sed 's/^\s*/import peak memory: /'
