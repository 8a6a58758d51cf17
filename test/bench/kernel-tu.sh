#!/bin/bash
# The plugin's cost on single kernel translation units, where it can be
# measured to a fraction of a percent: each object's own Kbuild command
# (from its .o.cmd) run many times by hyperfine, with and without
# -fplugin, the two interleaved by running them in one hyperfine call.
# Complements kernel-fs.sh, whose whole-directory builds vary by more than
# the goals on a shared machine.
#
# Needs the tree kernel-fs.sh / check-kernel left built (the .o.cmd files).
# Usage: test/bench/kernel-tu.sh [BUILD_DIR [OBJECT...]]
#   default objects: fs/ext4/super.o (large, no spec), fs/open.o (specs
#   when kernel-fs.sh/kernel.sh inserted them), fs/pipe.o
# Environment: RUNS (default 15), KAPI_KERNEL_CACHE.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
shift || true
objects=${*:-fs/ext4/super.o fs/open.o fs/pipe.o}
plugin=$build/lib/kapi-plugin.so
tree=${KAPI_KERNEL_CACHE:-$HOME/.cache/kapi-clang}/linux-6.12
runs=${RUNS:-15}
out=$build/test/bench/kernel-tu
mkdir -p "$out"
. "$src/test/bench/kernel-cmd.sh"

for o in $objects; do
	cmd=$(kernel_cmd "$tree" "$o" "$out/tu.o") || exit 2
	db=$out/tu.db
	hyperfine --warmup 2 --runs "$runs" --export-json "$out/$(basename "$o").json" \
		--prepare "rm -f $db $db-wal $db-shm" \
		-n "$o" "cd $tree && $cmd" \
		-n "$o +plugin" "cd $tree && $cmd -fplugin=$plugin -fplugin-arg-kapi-db=$db" \
		>/dev/null
	python3 - "$out/$(basename "$o").json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
a, b = r[0], r[1]
def ms(x): return x * 1000
print(f"{a['command']:<22} wall {ms(a['median']):7.1f} -> {ms(b['median']):7.1f} ms "
      f"({(b['median'] / a['median'] - 1) * 100:+.1f}%)   "
      f"user {ms(a['user']):7.1f} -> {ms(b['user']):7.1f} ms "
      f"({(b['user'] / a['user'] - 1) * 100:+.1f}%)")
PY
done
