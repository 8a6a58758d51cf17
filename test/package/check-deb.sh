#!/bin/sh
# check-deb.sh DEB SRC_ROOT: extract the package into a scratch root and use
# only what it installed: kapi-check on examples/misuse.c, the plugin in a
# one-file clang-19 build, kapi-db header, the manual pages (gzipped as
# lintian expects) and the Debian copyright file.  The build tree
# is never on PATH and KAPI_DB is unset, so the tools must find their data
# relative to where they are installed.
set -eu
deb=$1
src=$2
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
unset KAPI_DB
dpkg-deb -I "$deb" | grep '^ Depends:'
dpkg-deb -x "$deb" "$root"
usr=$root/usr
for f in bin/kapi-check bin/kapi-db lib/kapi-plugin.so \
	 share/kapi-clang/default.db share/kapi-clang/bindings.txt \
	 share/man/man1/kapi-check.1.gz share/man/man1/kapi-db.1.gz \
	 share/man/man7/kapi-plugin.7.gz share/doc/kapi-clang/copyright; do
	test -e "$usr/$f" || { echo "missing: /usr/$f"; exit 1; }
done
PATH=$usr/bin:/usr/bin:/bin
export PATH

# kapi-check finds the default database and bindings beside itself.
cp "$src/examples/misuse.c" "$root/misuse.c"
rc=0
(cd "$root" && kapi-check misuse.c --) > "$root/findings" || rc=$?
test "$rc" = 1 || { echo "kapi-check exited $rc, want 1"; exit 1; }
grep -q '\[kapi-mask\]' "$root/findings"
grep -q '\[kapi-buffer-size\]' "$root/findings"

# The plugin in a one-file clang build, storing what it verified: the
# example's syscalls call kernel internals it does not declare, so the test
# suite's kernel.h gives SYSCALL_DEFINEn and __user, and the rest is let go.
cp "$src/examples/kapi-specs.c" "$root/specs.c"
cp "$src/test/plugin/Inputs/kernel.h" "$root/kernel.h"
clang-19 -fsyntax-only -include "$root/kernel.h" -DVM_LOCKED=0x2000 \
	-Wno-implicit-function-declaration \
	-fplugin="$usr/lib/kapi-plugin.so" \
	-fplugin-arg-kapi-db="$root/built.db" "$root/specs.c"
kapi-db list --db "$root/built.db" | grep -q .

# kapi-db header from the installed default database; clang reads it.
kapi-db header -o "$root/kapi.h"
grep -q diagnose_if "$root/kapi.h"
echo 'int main(void) { return 0; }' > "$root/one.c"
clang-19 -fsyntax-only -include "$root/kapi.h" "$root/one.c"

# Manual pages: only gzipped ones, each compressed with -9 and without a
# file name or time stamp in its header (gzip -9n: lintian's
# manpage-not-compressed-with-max-compression, reproducible bytes), and man
# reads them.
for p in man1/kapi-check.1 man1/kapi-db.1 man7/kapi-plugin.7; do
	gz=$usr/share/man/$p.gz
	test ! -e "$usr/share/man/$p" || { echo "uncompressed: /usr/share/man/$p"; exit 1; }
	gzip -t "$gz"
	# ID1 ID2 CM FLG MTIME(4) XFL OS: no flags, time 0, XFL 2 (best).
	hdr=$(od -An -tx1 -N10 "$gz" | tr -d ' \n')
	case $hdr in
	1f8b0800000000000203) ;;
	*) echo "$p.gz: gzip header $hdr, want 1f8b0800000000000203 (gzip -9n)"; exit 1 ;;
	esac
	MANWIDTH=80 man -l "$gz" | grep -q OPTIONS\\\|ARGUMENTS
done

# The copyright file: Debian's machine-readable format, the license of the
# SPDX headers in full, root-owned and 0644 in the archive.
cr=$usr/share/doc/kapi-clang/copyright
for line in 'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
	'Files: *' 'License: Expat' \
	' Permission is hereby granted, free of charge, to any person obtaining a' \
	' THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR'; do
	grep -qxF "$line" "$cr" || { echo "copyright: no line '$line'"; exit 1; }
done
dpkg-deb -c "$deb" > "$root/contents"
grep -q '^-rw-r--r-- root/root .* \./usr/share/doc/kapi-clang/copyright$' "$root/contents" ||
	{ echo "copyright: not -rw-r--r-- root/root"; exit 1; }
# Expat is what SPDX calls MIT: every SPDX identifier of the sources the
# package is built from must be MIT.
ids=$(cd "$src" && grep -rhoE 'SPDX-License-Identifier: [A-Za-z0-9.+-]+' \
	CMakeLists.txt cmake plugin specs-db checker docs tools | sort -u)
test "$ids" = "SPDX-License-Identifier: MIT" ||
	{ echo "SPDX identifiers other than MIT: $ids"; exit 1; }
echo "package: OK"
