#!/bin/bash
# The real-kernel integration test: KAPI specs in a Linux 6.12 tree, built by
# Kbuild with clang-19 and the kapi plugin.  Not part of `check` (it needs a
# 150 MB source package and minutes); run it with
#   cmake --build build --target check-kernel
# or directly: test/integration/kernel.sh [a|b|all]
#
#   a  (issue 3) the project's own specs for openat, close, read, write,
#      lseek and madvise plus one deliberately wrong spec (fchmod) in
#      fs/open.c, fs/read_write.c and mm/madvise.c: the build succeeds, the
#      database holds the specs with values the kernel agrees with, and the
#      wrong spec gets exactly its diagnostic.
#   b  (issue 5) every curated spec of specs-db/default-specs above its real
#      SYSCALL_DEFINE; passes when the plugin reports no drift.
#
# The tree is x86_64_defconfig plus test/integration/kernel-config.fragment
# (options for syscalls defconfig leaves out, e.g. fanotify, bpf, landlock),
# merged with scripts/kconfig/merge_config.sh and `make olddefconfig`; the
# script fails if any option of the fragment is not =y afterwards.  The
# unpacked tree is cached; its .kapi-prepared marker holds the fragment's
# sha256, so editing the fragment re-configures and re-prepares a cached
# tree on the next run (no need to delete the cache).
#
# Environment: KAPI_PLUGIN, KAPI_DB_TOOL (default: build/ of this checkout),
# KAPI_SPECS (spec files for mode B, default specs-db/default-specs/*.c),
# KAPI_PLUGIN_ARGS (more plugin arguments for the builds, e.g.
# -fplugin-arg-kapi-error-unlisted to list the error codes the code
# returns that a spec leaves out),
# KAPI_KERNEL_CACHE (default ~/.cache/kapi-clang), KAPI_KERNEL_OUT (logs and
# databases, default build/test/integration/kernel), JOBS (default nproc).
set -euo pipefail

mode=${1:-all}
src=$(cd "$(dirname "$0")/../.." && pwd)
here=$src/test/integration
plugin=$(realpath "${KAPI_PLUGIN:-$src/build/lib/kapi-plugin.so}")
kapidb=$(realpath "${KAPI_DB_TOOL:-$src/build/bin/kapi-db}")
cache=${KAPI_KERNEL_CACHE:-$HOME/.cache/kapi-clang}
tree=$cache/linux-6.12
pristine=$cache/linux-6.12.orig   # originals of the files we insert specs into
out=${KAPI_KERNEL_OUT:-$src/build/test/integration/kernel}
jobs=${JOBS:-$(nproc)}
tarball=/usr/src/linux-source-6.12.tar.xz
kmake=(make -C "$tree" LLVM=-19)

say() { printf '== %s\n' "$*"; }
die() { printf 'kernel.sh: FAIL: %s\n' "$*" >&2; exit 1; }

# --- 1. Tools and the source tree ------------------------------------------
# setup.sh installs linux-source-6.12 (two of its files feed check);
# Kbuild itself needs flex, bison, bc, libelf (objtool) and libssl headers.
need=""
for p in linux-source-6.12 clang-19 lld-19 llvm-19 flex bison bc libelf-dev libssl-dev; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || need="$need $p"
done
if [ -n "$need" ]; then
	[ "$(id -u)" -eq 0 ] || die "install as root:$need"
	say "installing:$need"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $need
fi
[ -f "$plugin" ] && [ -x "$kapidb" ] || die "build kapi-plugin and kapi-db first ($plugin, $kapidb)"

t0=$SECONDS
if [ ! -f "$tree/.kapi-unpacked" ]; then
	# Unpack beside the final name and rename, so an interrupted run never
	# leaves a half tree that looks finished.
	say "unpacking $tarball into $tree (once)"
	rm -rf "$tree.tmp" "$tree" "$pristine"
	mkdir -p "$tree.tmp"
	tar -xJf "$tarball" -C "$tree.tmp" --strip-components=1
	touch "$tree.tmp/.kapi-unpacked"
	mv "$tree.tmp" "$tree"
fi
# Configure: x86_64_defconfig + the fragment.  The marker records the
# fragment's hash; a different (or empty, older) marker means configure again.
fragment=$here/kernel-config.fragment
fraghash=$(sha256sum <"$fragment" | cut -d' ' -f1)
if [ "$(cat "$tree/.kapi-prepared" 2>/dev/null)" != "$fraghash" ]; then
	tp=$SECONDS
	say "x86_64_defconfig + $(basename "$fragment") and prepare (fragment $fraghash)"
	rm -f "$tree/.kapi-prepared"
	"${kmake[@]}" -s x86_64_defconfig
	# -m: merge only; olddefconfig (with LLVM=-19, for the toolchain tests
	# such as AS_WRUSS) then resolves dependencies and selects.
	(cd "$tree" && scripts/kconfig/merge_config.sh -m -O "$tree" .config "$fragment") >/dev/null
	"${kmake[@]}" -s olddefconfig
	missing=""
	for opt in $(grep -oE '^CONFIG_[A-Za-z0-9_]+=y' "$fragment"); do
		grep -qx "$opt" "$tree/.config" || missing="$missing ${opt%=y}"
	done
	[ -z "$missing" ] || die "not =y in $tree/.config after olddefconfig (dependencies?):$missing"
	"${kmake[@]}" -s -j"$jobs" prepare
	echo "$fraghash" >"$tree/.kapi-prepared"
	say "configured and prepared in $((SECONDS - tp)) s"
fi
say "tree ready ($((SECONDS - t0)) s)"
mkdir -p "$out"

# build NAME SPECFILE... [-- --only LIST]: insert specs, compile their
# objects with the plugin into $out/NAME.db, log in $out/NAME.log.
# Sets: objs (the objects), status (make's exit code).
build() {
	local name=$1; shift
	db=$out/$name.db log=$out/$name.log
	rm -f "$db" "$db-wal" "$db-shm"
	python3 "$here/kapi_kernel_specs.py" --tree "$tree" --pristine "$pristine" "$@" \
		>"$out/$name.manifest"
	objs=$(cut -f2 "$out/$name.manifest" | sort -u | sed 's/\.c$/.o/')
	# (sched family) Kbuild compiles kernel/sched/membarrier.c only inside
	# kernel/sched/build_utility.c, which #includes it: build that object.
	objs=$(echo "$objs" | sed 's#^kernel/sched/membarrier\.o$#kernel/sched/build_utility.o#' | sort -u)
	# Remove the objects: Kbuild does not know the plugin changed.
	(cd "$tree" && rm -f $objs)
	set +e
	"${kmake[@]}" -j"$jobs" --output-sync=target \
		KCFLAGS="-fplugin=$plugin -fplugin-arg-kapi-db=$db ${KAPI_PLUGIN_ARGS:-}" $objs >"$log" 2>&1
	status=$?
	set -e
	say "$name: $(wc -l <"$out/$name.manifest") specs in $(echo $objs | wc -w) objects, make exit $status (log $log)"
}

# Every kapi diagnostic line of a log, path relative to the tree.
diags() { grep -E '^[^ ]+:[0-9]+:[0-9]+: (warning|error): .*\[kapi-[a-z-]+\]$' "$1" || true; }

fail=0

# --- 2. Mode A: five curated specs and one wrong one -------------------------
if [ "$mode" = a ] || [ "$mode" = all ]; then
	ta=$SECONDS
	# The files of those six (fs_meta.c has a right fchmod spec).
	build mode-a --only openat,close,read,write,lseek,madvise,fchmod \
		"$src"/specs-db/default-specs/fs_open.c \
		"$src"/specs-db/default-specs/fs_rw.c \
		"$src"/specs-db/default-specs/mm.c "$here/Inputs/kernel-wrong-spec.c"
	ok=1
	[ "$status" -eq 0 ] || { echo "mode A: the kernel build failed"; ok=0; }

	for s in openat close read write lseek madvise fchmod; do
		"$kapidb" list --db "$db" | grep -qx "sys_$s" || { echo "mode A: sys_$s not in $db"; ok=0; }
	done

	# The one diagnostic we expect, at the wrong spec's "type:" line.
	line=$(grep -n 'type: user_ptr, input' "$tree/fs/open.c" | cut -d: -f1)
	want="fs/open.c:$line:6: warning: parameter 'mode' is 'user_ptr' in the spec but 'umode_t' in sys_fchmod: a user pointer needs a pointer type [kapi-param-type]"
	decl=$(awk '$1 == "fchmod" { print $4 }' "$out/mode-a.manifest")
	grep -qF "fs/open.c:$decl:52: note: parameter 'mode' declared here as 'umode_t'" "$log" ||
		{ echo "mode A: no note at the SYSCALL_DEFINE2(fchmod, ...) line $decl"; ok=0; }
	got=$(diags "$log")
	if [ "$got" != "$want" ]; then
		printf 'mode A: expected exactly\n  %s\ngot\n%s\n' "$want" "$got"
		ok=0
	fi

	# Resolved values (O_* masks, errno codes, bounds) = the kernel's own.
	"$kapidb" export --db "$db" --format json |
		python3 "$here/kapi_kernel_probe.py" "$tree" fs/open.c fs/read_write.c mm/madvise.c || ok=0

	say "mode A: $([ $ok = 1 ] && echo PASS || echo FAIL) in $((SECONDS - ta)) s"
	[ $ok = 1 ] || fail=1
fi

# --- 3. Mode B: every curated spec in the real tree --------------------------
if [ "$mode" = b ] || [ "$mode" = all ]; then
	tb=$SECONDS
	build mode-b ${KAPI_SPECS:-"$src"/specs-db/default-specs/*.c}
	ok=1
	[ "$status" -eq 0 ] || { echo "mode B: the kernel build failed"; ok=0; }
	nspecs=$(wc -l <"$out/mode-b.manifest")
	nstored=$("$kapidb" list --db "$db" | wc -l)
	[ "$nstored" -eq "$nspecs" ] || { echo "mode B: $nstored of $nspecs specs stored in $db"; ok=0; }
	drift=$(diags "$log")
	echo "mode B summary: $nspecs specs inserted, $(echo $objs | wc -w) objects built, $nstored specs stored"
	if [ -n "$drift" ]; then
		echo "warnings by rule:"
		echo "$drift" | grep -oE '\[kapi-[a-z-]+\]$' | sort | uniq -c
		echo "drift (spec, then the diagnostic; notes in $log):"
		# Name each finding by the spec whose comment or SYSCALL_DEFINE holds its line.
		echo "$drift" | awk -F'\t' 'NR == FNR { f[NR] = $2; lo[NR] = $3; hi[NR] = $4; n[NR] = $1; c = NR; next }
			{ split($0, a, ":"); s = "?"
			  for (i = 1; i <= c; i++) if (a[1] == f[i] && a[2] >= lo[i] && a[2] <= hi[i]) s = "sys_" n[i]
			  print "  " s ": " $0 }' "$out/mode-b.manifest" -
		ok=0
	else
		echo "warnings by rule: none"
	fi
	say "mode B: $([ $ok = 1 ] && echo PASS || echo FAIL) in $((SECONDS - tb)) s"
	[ $ok = 1 ] || fail=1
fi

say "total wall time $((SECONDS - t0)) s"
exit $fail
