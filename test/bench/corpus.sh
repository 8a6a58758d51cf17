#!/bin/sh
# kapi-check on a real corpus nobody here wrote, and its speed (issue 4).
#
# Corpus (deterministic; everything downloaded or generated lives under
# $KAPI_CORPUS_DIR, default ~/.cache/kapi-clang/corpus, never in the repo):
#   - the C programs of the syscall-rich selftests directories of Linux 6.12
#     (list in SELFTEST_DIRS below; for net/ only its top level, not
#     net/forwarding, net/mptcp, ...), from $KAPI_LINUX_TREE, else
#     ~/.cache/kapi-clang/linux-6.12, else /tmp/linux/linux-source-6.12;
#   - Debian bookworm's fio source package (apt-get source fio): a storage
#     I/O tester whose engines call read/write/pread/pwrite/preadv2, mmap,
#     madvise, fallocate, fadvise, splice, sync_file_range, io_uring and
#     libaio directly, in ~180 C files with a cheap ./configure;
#   - Debian bookworm's util-linux source package: the system tools of
#     sys-utils/, schedutils/ and misc-utils/ (mount, unshare, nsenter,
#     ipcs, chrt, taskset, ionice, prlimit, kill, ...), which call the
#     process, scheduling, namespace, mount and IPC families.
# Every file is compiled with clang-19 -fsyntax-only first; files that do
# not compile are left out and counted (corpus/excluded.txt).
#
# Usage: test/bench/corpus.sh BUILD_DIR [setup|check|speed|all]   (default all)
#   setup  file lists, compile flags, compile_commands.json (one for each
#          part and one for the whole corpus)
#   check  kapi-check -p DIR -j2 --format json (+ --debug-calls): files,
#          bound call sites, findings by rule -> $out/summary.txt
#   speed  waits until no CI run (lit.py, .ci/run) is running, then times
#          with hyperfine, at -j2 on the same files: clang-19 -fsyntax-only,
#          kapi-check, clang-tidy-19 (closest built-in checks) and
#          clang-19 --analyze with unix.StdCLibraryFunctions
# Needs: clang-19, clang-tidy-19 (run-clang-tidy-19), hyperfine, python3,
# apt-get source (dpkg-dev) with a deb-src entry (added when missing).
set -eu
build=$(cd "${1:?usage: test/bench/corpus.sh BUILD_DIR [setup|check|speed|all]}" && pwd)
what=${2:-all}
kapi_check="$build/bin/kapi-check"
jobs=${KAPI_CORPUS_JOBS:-2}
runs=${KAPI_CORPUS_RUNS:-3}
cache=${KAPI_CORPUS_DIR:-$HOME/.cache/kapi-clang/corpus}
out="$cache/out"
mkdir -p "$cache/src" "$out"

SELFTEST_DIRS="mm filesystems memfd mount mount_setattr move_mount_set_group
openat2 mincore core timers clone3 pidfd cachestat fchmodat2 splice prctl
proc seccomp landlock capabilities ptrace exec nsfs tmpfs timens kcmp net"

find_tree() {
	for t in "${KAPI_LINUX_TREE:-}" "$HOME/.cache/kapi-clang/linux-6.12" \
		/tmp/linux/linux-source-6.12; do
		if [ -n "$t" ] && [ -d "$t/tools/testing/selftests" ]; then
			echo "$t"; return 0
		fi
	done
	echo "corpus.sh: no Linux tree with tools/testing/selftests" >&2
	exit 2
}

# Prints "FLAGS<TAB>FILE" for every candidate file of the selftests.
selftest_candidates() {
	tree=$1
	st="$tree/tools/testing/selftests"
	base="-D_GNU_SOURCE -I$st"
	# The kernel's exported headers, as the selftests' KHDR_INCLUDES: the
	# tree's usr/include when "make headers" was run in it, else installed
	# out of tree (O=) into the cache (the tree may be read-only).  Without
	# them, the system's older linux-libc-dev lacks MFD_EXEC, newer
	# UFFD_FEATURE_* and the like.
	if [ -d "$tree/usr/include/linux" ]; then
		base="$base -isystem $tree/usr/include"
	else
		if [ ! -f "$cache/khdr/include/linux/mman.h" ]; then
			make -s -C "$tree" O="$cache/kbuild" \
				INSTALL_HDR_PATH="$cache/khdr" headers_install -j"$jobs" >&2
		fi
		base="$base -isystem $cache/khdr/include"
	fi
	for d in $SELFTEST_DIRS; do
		if [ "$d" = net ]; then
			find "$st/net" -maxdepth 1 -name '*.c'
		else
			find "$st/$d" -name '*.c'
		fi
	done | LC_ALL=C sort -u | while read -r f; do
		dir=$(dirname "$f")
		# second choice: with the tree's tools/include (some tests need
		# its linux/ shims); the first that compiles wins
		printf '%s\t%s\n' "$base -I$dir" "$f"
		[ -d "$tree/tools/include" ] &&
			printf '%s\t%s\n' "$base -I$dir -I$tree/tools/include" "$f"
		true
	done
}

fetch_fio() {
	if ! ls -d "$cache"/src/fio-*/ >/dev/null 2>&1; then
		if ! grep -rqs '^ *\(deb-src\|Types:.*deb-src\)' \
			/etc/apt/sources.list /etc/apt/sources.list.d/; then
			cat > /etc/apt/sources.list.d/kapi-corpus-src.sources <<-'EOF'
			Types: deb-src
			URIs: http://deb.debian.org/debian
			Suites: bookworm
			Components: main
			Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
			EOF
			apt-get update -q >/dev/null
		fi
		(cd "$cache/src" && apt-get source -q fio >/dev/null 2>&1)
	fi
	fio=$(ls -d "$cache"/src/fio-*/ | head -n1)
	fio=${fio%/}
	if [ ! -f "$fio/config-host.h" ]; then
		(cd "$fio" && ./configure --cc=clang-19 >/dev/null)
	fi
	echo "$fio"
}

fetch_util_linux() {
	if ! ls -d "$cache"/src/util-linux-*/ >/dev/null 2>&1; then
		(cd "$cache/src" && apt-get source -q util-linux >/dev/null 2>&1)
	fi
	ul=$(ls -d "$cache"/src/util-linux-*/ | head -n1)
	ul=${ul%/}
	if [ ! -f "$ul/config.h" ]; then
		# config.h only: no program is built, no optional library needed
		(cd "$ul" && CC=clang-19 ./configure --disable-all-programs \
			--disable-nls --without-python --without-systemd \
			--without-udev --without-ncurses --without-ncursesw \
			--without-tinfo --without-readline --without-cap-ng \
			--without-btrfs --without-user --without-econf \
			--disable-asciidoc >/dev/null)
	fi
	echo "$ul"
}

# Prints "FLAGS<TAB>FILE" for util-linux's system tools (sys-utils/,
# schedutils/, misc-utils/): mount, unshare, nsenter, ipcs/ipcrm, chrt,
# taskset, ionice, prlimit, kill, ... the process, scheduling, namespace,
# mount and IPC families.
util_linux_candidates() {
	ul=$1
	flags="-D_GNU_SOURCE -include $ul/config.h -I$ul/include -I$ul/libmount/src -I$ul/libsmartcols/src -I$ul/libblkid/src"
	for d in sys-utils schedutils misc-utils; do
		find "$ul/$d" -maxdepth 1 -name '*.c'
	done | LC_ALL=C sort | while read -r f; do
		printf '%s\t%s\n' "$flags" "$f"
	done
}

# Prints "FLAGS<TAB>FILE" for fio: the flags of its Makefile (config-host.h
# from its ./configure, forced in with -include as its configure does).
fio_candidates() {
	fio=$1
	flags="-std=gnu99 -D_GNU_SOURCE -include $fio/config-host.h -D_LARGEFILE_SOURCE -D_FILE_OFFSET_BITS=64 -DFIO_INTERNAL -DBITS_PER_LONG=64 -I$fio"
	find "$fio" -name '*.c' -not -path '*/.pc/*' -not -path '*/debian/*' |
		LC_ALL=C sort | while read -r f; do
			printf '%s\t%s\n' "$flags" "$f"
		done
}

# Reads "FLAGS<TAB>FILE" candidates; keeps, per file, the first flags that
# compile with clang-19 -fsyntax-only.  Writes PART.list ("FLAGS<TAB>FILE")
# and adds failures to excluded.txt.
select_compiling() {
	part=$1
	cand="$out/$part.candidates"
	cat > "$cand"
	# try every candidate in parallel, then pick per file in input order
	awk -F'\t' '{ print NR "\t" $0 }' "$cand" | tr '\n' '\0' |
		xargs -0 -P"$jobs" -n1 sh -c '
			n=$(printf "%s" "$1" | cut -f1)
			flags=$(printf "%s" "$1" | cut -f2)
			f=$(printf "%s" "$1" | cut -f3)
			if clang-19 -fsyntax-only -w $flags "$f" >/dev/null 2>&1; then
				echo "$n ok"
			else
				echo "$n fail"
			fi' sh > "$out/$part.tried"
	LC_ALL=C sort -n "$out/$part.tried" | awk -F'\t' -v part="$part" \
		-v list="$out/$part.list" -v excl="$out/excluded.txt" '
		NR == FNR { line[FNR] = $0; next }
		{
			split($0, a, " "); split(line[a[1]], c, "\t")
			f = c[2]
			if (!(f in seen)) { seen[f] = 1; order[++n] = f }
			if (a[2] == "ok" && !(f in chosen)) chosen[f] = c[1]
		}
		END {
			for (i = 1; i <= n; i++) {
				f = order[i]
				if (f in chosen) print chosen[f] "\t" f > list
				else print part "\t" f >> excl
			}
		}' "$cand" -
}

write_db() {
	# write_db DIR LIST...: compile_commands.json from "FLAGS<TAB>FILE" lists
	dir=$1; shift
	mkdir -p "$dir"
	cat "$@" | python3 -c '
import json, os, shlex, sys
db = []
for line in sys.stdin:
    flags, f = line.rstrip("\n").split("\t")
    db.append({"directory": os.path.dirname(f), "file": f,
               "arguments": ["clang-19", *shlex.split(flags), "-c", f]})
json.dump(db, sys.stdout, indent=1)
' > "$dir/compile_commands.json"
}

do_setup() {
	# libcap (landlock, seccomp), libcap-ng (capabilities), libaio (fio),
	# rsync (the kernel's headers_install)
	for pkg in libcap-dev libcap-ng-dev libaio-dev rsync; do
		dpkg -s $pkg >/dev/null 2>&1 || apt-get install -y -q $pkg >/dev/null 2>&1
	done
	tree=$(find_tree)
	fio=$(fetch_fio)
	ul=$(fetch_util_linux)
	: > "$out/excluded.txt"
	selftest_candidates "$tree" | select_compiling selftests
	fio_candidates "$fio" | select_compiling fio
	util_linux_candidates "$ul" | select_compiling util-linux
	write_db "$cache/db/selftests" "$out/selftests.list"
	write_db "$cache/db/fio" "$out/fio.list"
	write_db "$cache/db/util-linux" "$out/util-linux.list"
	write_db "$cache/db/all" "$out/selftests.list" "$out/fio.list" "$out/util-linux.list"
	{
		echo "tree: $tree"
		echo "fio: $fio"
		echo "util-linux: $ul"
		for p in selftests fio util-linux; do
			echo "$p: $(wc -l < "$out/$p.list") files compile, $(grep -c "^$p	" "$out/excluded.txt" || true) excluded (do not compile with clang-19 -fsyntax-only)"
		done
		for p in selftests fio util-linux; do
			cut -f2 "$out/$p.list" | xargs cat | wc -l | sed "s/^/$p lines: /"
		done
	} | tee "$out/setup.txt"
}

do_check() {
	: > "$out/summary.txt"
	for p in selftests fio util-linux all; do
		# exit 1 = findings; 2 = set-up error or a file that does not compile
		rc=0
		# the files are named (-p DIR alone would take them all too), so
		# that the speed run below gives every tool the same list
		python3 -c 'import json,sys; print("\n".join(e["file"] for e in json.load(open(sys.argv[1]))))' \
			"$cache/db/$p/compile_commands.json" > "$out/$p.files"
		# --debug-calls lines ("call ...") share stdout with the JSON
		"$kapi_check" -p "$cache/db/$p" -j"$jobs" --format=json \
			--debug-calls $(cat "$out/$p.files") > "$out/$p.out" 2> "$out/$p.err" || rc=$?
		[ "$rc" -le 1 ] || { echo "kapi-check failed ($rc) on $p" >&2; tail "$out/$p.err" >&2; exit 2; }
		grep '^call ' "$out/$p.out" > "$out/$p.calls" || true
		grep -v '^call ' "$out/$p.out" > "$out/$p.json"
		python3 - "$p" "$out/$p.json" "$out/$p.calls" "$cache/db/$p/compile_commands.json" <<-'PY' | tee -a "$out/summary.txt"
		import collections, json, re, sys
		part, findings, calls, db = sys.argv[1:]
		diags = json.load(open(findings))["diagnostics"]
		bound = [l for l in open(calls) if l.startswith("call ")]
		apis = collections.Counter(re.search(r" -> (\S+) \(", l).group(1) for l in bound)
		rules = collections.Counter(d["rule"] for d in diags)
		files = len(json.load(open(db)))
		print(f"{part}: {files} files, {len(bound)} call sites bound to {len(apis)} specs, {len(diags)} findings")
		for r, n in sorted(rules.items(), key=lambda x: (-x[1], x[0])):
		    print(f"  {r}: {n}")
		print("  top specs: " + ", ".join(f"{a} {n}" for a, n in apis.most_common(12)))
		PY
	done
}

wait_for_ci() {
	while pgrep -f "lit.py" >/dev/null || pgrep -f ".ci/run" >/dev/null; do
		echo "waiting for the CI run to finish ($(date -u +%T))" >&2
		sleep 20
	done
}

do_speed() {
	command -v clang-tidy-19 >/dev/null || apt-get install -y -q clang-tidy-19 >/dev/null
	list="$out/speed.list"
	cat "$out/selftests.list" "$out/fio.list" "$out/util-linux.list" > "$list"
	n=$(wc -l < "$list")
	# one shell command per file; each tool gets the same xargs -P harness
	awk -F'\t' '{ print "clang-19 -fsyntax-only " $1 " " $2 }' "$list" | tr '\n' '\0' > "$out/syntax.cmds"
	awk -F'\t' '{ print "clang-19 --analyze -Xanalyzer -analyzer-checker=unix.StdCLibraryFunctions -o /dev/null " $1 " " $2 }' "$list" | tr '\n' '\0' > "$out/analyze.cmds"
	tidy_checks='-*,bugprone-unused-return-value,cert-err33-c,android-cloexec-*'
	if command -v run-clang-tidy-19 >/dev/null; then
		tidy="run-clang-tidy-19 -quiet -j $jobs -p $cache/db/all -checks='$tidy_checks'"
	else
		tidy="cut -f2 $list | xargs -P$jobs -n1 clang-tidy-19 --quiet -p $cache/db/all --checks='$tidy_checks'"
	fi
	wait_for_ci
	echo "speed: $n files, -j$jobs, $runs runs each ($(date -u +%T))"
	hyperfine --warmup "${KAPI_CORPUS_WARMUP:-1}" --runs "$runs" --ignore-failure --export-json "$out/speed.json" \
		-n "clang-19 -fsyntax-only" "xargs -0 -P$jobs -n1 sh -c < $out/syntax.cmds > /dev/null 2>&1" \
		-n "kapi-check" "$kapi_check -p $cache/db/all -j$jobs \$(cat $out/all.files) > /dev/null 2>&1" \
		-n "clang-tidy-19" "$tidy > /dev/null 2>&1" \
		-n "clang-19 --analyze" "xargs -0 -P$jobs -n1 sh -c < $out/analyze.cmds > /dev/null 2>&1"
	python3 - "$out/speed.json" "$n" "$jobs" <<-'PY' | tee "$out/speed.txt"
	import json, sys
	res = json.load(open(sys.argv[1]))["results"]
	base = res[0]["mean"]
	print(f"{sys.argv[2]} files, -j{sys.argv[3]}, mean wall time of {len(res[0]['times'])} runs")
	for r in res:
	    print(f"  {r['command']:<24} {r['mean']:7.2f} s  (+/- {r['stddev'] or 0:.2f})  {r['mean'] / base:5.2f}x")
	k = res[1]["mean"] / base
	print(f"kapi-check / clang-19 -fsyntax-only = {k:.2f}x (goal <= 1.15x: {'met' if k <= 1.15 else 'NOT met'})")
	PY
}

case $what in
setup) do_setup ;;
check) do_check ;;
speed) do_speed ;;
all) do_setup; do_check; do_speed ;;
*) echo "usage: test/bench/corpus.sh BUILD_DIR [setup|check|speed|all]" >&2; exit 2 ;;
esac
