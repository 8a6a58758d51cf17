#!/bin/sh
# check-deb.sh DEB SRC_ROOT: extract the package into a scratch root and use
# only what it installed: kapi-check on examples/misuse.c, the plugin in a
# one-file clang-19 build, kapi-db header, the manual pages.  The build tree
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
	 share/man/man1/kapi-check.1 share/man/man1/kapi-db.1 \
	 share/man/man7/kapi-plugin.7; do
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

for p in man1/kapi-check.1 man1/kapi-db.1 man7/kapi-plugin.7; do
	MANWIDTH=80 man -l "$usr/share/man/$p" | grep -q OPTIONS\\\|ARGUMENTS
done
echo "package: OK"
