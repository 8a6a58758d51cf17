#!/bin/bash
# What the plugin reads off the code of a real kernel: fs/, mm/, kernel/,
# ipc/ and net/ of Linux 6.12 (x86_64_defconfig) built by Kbuild with
# LLVM=-19 and -fplugin-arg-kapi-mine, on the tree check-kernel prepared
# (with the curated specs mode B inserted, when it ran: those are checked
# against their code, the other syscalls stored as "mined").  Reports the
# syscalls seen, the facts mined by kind, and every drift finding; the
# skeleton of one syscall without a spec is printed as an example.
# Not part of `check` (about 15 minutes on 2 cores); run it with
#   cmake --build build --target check-kernel-mine
# or directly: test/integration/kernel-mine.sh [DIR...]
# Environment: KAPI_PLUGIN, KAPI_DB_TOOL (default build/ of this checkout),
# KAPI_KERNEL_CACHE, KAPI_KERNEL_OUT, JOBS (default nproc), SKELETON (the
# syscall whose draft is printed, default sys_pipe2).
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
plugin=$(realpath "${KAPI_PLUGIN:-$src/build/lib/kapi-plugin.so}")
kapidb=$(realpath "${KAPI_DB_TOOL:-$src/build/bin/kapi-db}")
tree=${KAPI_KERNEL_CACHE:-$HOME/.cache/kapi-clang}/linux-6.12
out=${KAPI_KERNEL_OUT:-$src/build/test/integration/kernel}
jobs=${JOBS:-$(nproc)}
dirs=${*:-fs/ mm/ kernel/ ipc/ net/}

[ -f "$tree/.kapi-prepared" ] ||
	{ echo "kernel-mine.sh: no prepared tree in $tree; run check-kernel once" >&2; exit 2; }
[ -f "$plugin" ] && [ -x "$kapidb" ] ||
	{ echo "kernel-mine.sh: build kapi-plugin and kapi-db first" >&2; exit 2; }
mkdir -p "$out"
db=$out/mine.db log=$out/mine.log
rm -f "$db" "$db-wal" "$db-shm"

t0=$SECONDS
# A new KCFLAGS changes every command line, so Kbuild rebuilds every object.
set +e
make -C "$tree" LLVM=-19 -j"$jobs" --output-sync=target \
	KCFLAGS="-fplugin=$plugin -fplugin-arg-kapi-mine -fplugin-arg-kapi-db=$db" \
	$dirs >"$log" 2>&1
status=$?
set -e
echo "== make $dirs: exit $status in $((SECONDS - t0)) s (log $log)"

"$kapidb" export --db "$db" --format json >"$out/mine.json"
python3 "$src/test/integration/kapi_mine_report.py" "$out/mine.json" "$log"
skel=${SKELETON:-sys_pipe2}
echo "== the draft kapi-db skeleton makes of $skel:"
"$kapidb" skeleton --db "$db" "$skel" || true
[ "$status" -eq 0 ]
