#!/bin/bash
# The plugin's cost on kernel translation units counted in instructions
# (valgrind --tool=callgrind on clang -cc1), which unlike wall or CPU time
# does not move with the load of a shared machine.  Each object's own Kbuild
# command (from its .o.cmd, any plugin flags removed) is run with and
# without -fplugin; the plugin is copied without debug information, which
# valgrind 3.19 cannot read from clang-19's DWARF 5.
#
# Run it on a tree where the objects were built (check-kernel or
# kernel-fs.sh); whether a file has specs depends on what that run inserted
# (kapi_kernel_specs.py --restore-only puts the originals back).
# With MINE=1 a third run adds -fplugin-arg-kapi-mine (facts for every
# syscall of the unit), and the line shows what mining adds on top.
# Usage: test/bench/kernel-instructions.sh [BUILD_DIR [OBJECT...]]
#   default objects: fs/pipe.o fs/open.o
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$src/build}" && pwd)
shift || true
objects=${*:-fs/pipe.o fs/open.o}
tree=${KAPI_KERNEL_CACHE:-$HOME/.cache/kapi-clang}/linux-6.12
out=$build/test/bench/kernel-instructions
mkdir -p "$out"
. "$src/test/bench/kernel-cmd.sh"
command -v valgrind >/dev/null || apt-get install -y -qq valgrind >/dev/null
strip -g -o "$out/kapi-plugin.so" "$build/lib/kapi-plugin.so"

count() { # name cc1-command-file -> instructions
	# -### quotes every argument: let a shell take them apart
	(cd "$tree" && sh -c "valgrind --tool=callgrind \
		--callgrind-out-file=$out/$1.cg $(cat "$2")" >"$out/$1.log" 2>&1) || true
	sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out/$1.log"
}

for o in $objects; do
	b=$(basename "$o" .o)
	cmd=$(kernel_cmd "$tree" "$o" "$out/$b.o") || exit 2
	# clang -cc1 itself: the driver's fork would hide it from valgrind
	(cd "$tree" && sh -c "$cmd -###" 2>&1 | grep -- '-cc1' | head -1) >"$out/$b.plain"
	(cd "$tree" && sh -c "$cmd -fplugin=$out/kapi-plugin.so -fplugin-arg-kapi-db=$out/$b.db -###" 2>&1 |
		grep -- '-cc1' | head -1) >"$out/$b.plugin"
	rm -f "$out/$b.db"*
	a=$(count "$b-plain" "$out/$b.plain")
	p=$(count "$b-plugin" "$out/$b.plugin")
	n=$( [ -f "$out/$b.db" ] && "$build/bin/kapi-db" list --db "$out/$b.db" | wc -l || echo 0)
	python3 -c "a, p = $a, $p; print(f'$o: {a:,} -> {p:,} instructions ({(p / a - 1) * 100:+.2f}%), $n specs stored')"
	[ "${MINE:-0}" = 1 ] || continue
	(cd "$tree" && sh -c "$cmd -fplugin=$out/kapi-plugin.so -fplugin-arg-kapi-mine -fplugin-arg-kapi-db=$out/$b.mine.db -###" 2>&1 |
		grep -- '-cc1' | head -1) >"$out/$b.mine"
	rm -f "$out/$b.mine.db"*
	m=$(count "$b-mine" "$out/$b.mine")
	n=$( [ -f "$out/$b.mine.db" ] && "$build/bin/kapi-db" list --db "$out/$b.mine.db" | wc -l || echo 0)
	python3 -c "a, p, m = $a, $p, $m; print(f'$o +mine: {m:,} instructions ({(m / a - 1) * 100:+.2f}% of plain, {(m / p - 1) * 100:+.2f}% of the plugin without mining), $n specs stored')"
done
