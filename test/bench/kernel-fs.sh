#!/bin/bash
# The plugin's cost in a real kernel build (issue 3): every object of fs/ in
# Linux 6.12, x86_64_defconfig, compiled by Kbuild with LLVM=-19 at the same
# -j, with and without -fplugin, rounds interleaved so that drift of the
# machine hits every configuration alike.
#
#   plain/no-plugin   the unpacked tree
#   plain/plugin      the same tree with the plugin: no file has specs
#   specs/no-plugin   the curated specs inserted above their SYSCALL_DEFINEs
#                     (specs-db/default-specs: 45 specs in 16 files of fs/)
#   specs/plugin      the same with the plugin writing a spec database
#
# Each build first deletes every fs/ object, then runs
#   /usr/bin/time make LLVM=-19 -jJOBS fs/
# and keeps the wall time, the CPU time of all its processes (user +
# system: steadier than wall time on a shared machine) and the peak
# resident set of the largest process (ru_maxrss of the children: one
# clang, the plugin inside it).
#
# Needs the tree test/integration/kernel.sh unpacks and prepares (run
# `cmake --build build --target check-kernel` once).
# Usage: test/bench/kernel-fs.sh [BUILD_DIR]   (default build)
# Environment: ROUNDS (default 3), JOBS (default nproc), KAPI_KERNEL_CACHE.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
plugin=$build/lib/kapi-plugin.so
cache=${KAPI_KERNEL_CACHE:-$HOME/.cache/kapi-clang}
tree=$cache/linux-6.12
pristine=$cache/linux-6.12.orig
out=$build/test/bench/kernel-fs
rounds=${ROUNDS:-3}
jobs=${JOBS:-$(nproc)}
inserter=$src/test/integration/kapi_kernel_specs.py

[ -f "$tree/.kapi-prepared" ] ||
	{ echo "kernel-fs.sh: no prepared tree in $tree; run check-kernel once" >&2; exit 2; }
[ -f "$plugin" ] || { echo "kernel-fs.sh: build the plugin first ($plugin)" >&2; exit 2; }
command -v /usr/bin/time >/dev/null 2>&1 || apt-get install -y -qq time >/dev/null
mkdir -p "$out"
results=$out/results.tsv
printf 'round\tconfig\twall_s\tcpu_s\tmaxrss_kb\tspecs_stored\n' >"$results"

set_tree() {
	if [ "$1" = specs ]; then
		python3 "$inserter" --tree "$tree" --pristine "$pristine" \
			"$src"/specs-db/default-specs/*.c >"$out/manifest"
	else
		python3 "$inserter" --tree "$tree" --pristine "$pristine" --restore-only
	fi
}

one_build() { # round tree plugin|no-plugin
	local cfg=$2/$3 kcflags="" db=$out/specs.db stored=0
	rm -f "$db" "$db-wal" "$db-shm"
	[ "$3" = plugin ] && kcflags="-fplugin=$plugin -fplugin-arg-kapi-db=$db"
	find "$tree/fs" -name '*.o' -delete
	/usr/bin/time -f '%e %U %S %M' -o "$out/time" \
		make -C "$tree" -s LLVM=-19 -j"$jobs" KCFLAGS="$kcflags" fs/ \
		>"$out/build.log" 2>&1 ||
		{ echo "kernel-fs.sh: $cfg build failed, see $out/build.log" >&2; exit 1; }
	[ -f "$db" ] && stored=$("$build/bin/kapi-db" list --db "$db" | wc -l)
	read -r wall user sys rss <"$out/time"
	cpu=$(python3 -c "print(round($user + $sys, 2))")
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$cfg" "$wall" "$cpu" "$rss" "$stored" | tee -a "$results"
}

objects=$(find "$tree/fs" -name '*.c' | wc -l)
echo "fs/ of $tree, -j$jobs, $rounds rounds ($(date -u +%T))"
# Warm-up: Kbuild's own tools and the page cache, not measured.
set_tree plain
make -C "$tree" -s LLVM=-19 -j"$jobs" fs/ >/dev/null 2>&1 || true
for r in $(seq "$rounds"); do
	for t in plain specs; do
		set_tree "$t"
		one_build "$r" "$t" no-plugin
		one_build "$r" "$t" plugin
	done
done
set_tree plain
nobj=$(find "$tree/fs" -name '*.o' | wc -l)

python3 - "$results" "$nobj" "$jobs" <<'PY' | tee "$out/summary.txt"
import collections, statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])][1:]
by = collections.defaultdict(list)
for r, cfg, wall, cpu, rss, stored in rows:
    by[cfg].append((float(wall), float(cpu), int(rss), int(stored)))
n = len(by["plain/plugin"])
print(f"fs/: {sys.argv[2]} objects, -j{sys.argv[3]}, {n} rounds, medians")
def med(cfg, i):
    return statistics.median(x[i] for x in by[cfg])
for t in ("plain", "specs"):
    a, b = f"{t}/no-plugin", f"{t}/plugin"
    goal = 1.0 if t == "plain" else 3.0
    dw = (med(b, 0) / med(a, 0) - 1) * 100
    dc = (med(b, 1) / med(a, 1) - 1) * 100
    ma, mb = max(x[2] for x in by[a]), max(x[2] for x in by[b])
    dm = (mb / ma - 1) * 100
    spread = max(x[0] for x in by[a] + by[b]) / min(x[0] for x in by[a] + by[b])
    print(f"  {t:5}: wall {med(a, 0):6.1f} -> {med(b, 0):6.1f} s ({dw:+.1f}%), "
          f"CPU {med(a, 1):6.1f} -> {med(b, 1):6.1f} s ({dc:+.1f}%; goal <= {goal:.0f}%: "
          f"{'met' if dc <= goal else 'NOT met'}), peak RSS {ma / 1024:.0f} -> {mb / 1024:.0f} MB "
          f"({dm:+.1f}%; goal <= 2%: {'met' if dm <= 2 else 'NOT met'}), "
          f"{max(x[3] for x in by[b])} specs stored; wall spread of all its runs {spread:.2f}x")
PY
