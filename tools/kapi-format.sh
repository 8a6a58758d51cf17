#!/bin/sh
# SPDX-License-Identifier: MIT
#
# The format rule of kapi-clang: which C and C++ files clang-format-19 keeps
# in the style of the repo's .clang-format, and the check `check` runs.
#
#   tools/kapi-format.sh --list  [ROOT]   the files the rule covers
#   tools/kapi-format.sh --check [ROOT]   fail, naming them, if any is not
#                                         formatted (clang-format --dry-run
#                                         --Werror); the lit test runs this
#   tools/kapi-format.sh --fix   [ROOT]   reformat them in place
#
# ROOT is the source tree (default: the one holding this script).  The rule
# is by directory, so new files are covered without being listed:
#
#   plugin/ specs-db/ checker/ test/unit/ test/fuzz/   *.c *.h *.cpp *.hpp
#   except specs-db/default-specs/ (kernel-style spec files, written to be
#   pasted above a SYSCALL_DEFINE as the kernel formats them)
#
# Everything else under test/ (lit inputs, whose CHECK lines name line
# numbers, many with [[@LINE]]) and examples/ is left as written.
#
# $CLANG_FORMAT names the binary (default clang-format-19); it must be
# version 19, because another version formats the same code differently.
set -eu

mode=${1:---check}
case $mode in
--list | --check | --fix) ;;
*)
	echo "usage: $0 [--list|--check|--fix] [ROOT]" >&2
	exit 2
	;;
esac
root=${2:-$(cd "$(dirname "$0")/.." && pwd)}
cf=${CLANG_FORMAT:-clang-format-19}

list_files()
{
	for d in plugin specs-db checker test/unit test/fuzz; do
		[ -d "$root/$d" ] || continue
		find "$root/$d" -path "$root/specs-db/default-specs" -prune -o \
			-type f \( -name '*.c' -o -name '*.h' -o -name '*.cpp' \
			-o -name '*.hpp' \) -print
	done | LC_ALL=C sort
}

if [ "$mode" = --list ]; then
	list_files | sed "s|^$root/||"
	exit 0
fi

if ! command -v "$cf" >/dev/null 2>&1; then
	echo "kapi-format: $cf not found: install Debian's clang-format-19" \
		"(./setup.sh does)" >&2
	exit 1
fi
if ! "$cf" --version | grep -q 'version 19\.'; then
	echo "kapi-format: $cf is not clang-format 19: $("$cf" --version)" >&2
	exit 1
fi
if [ ! -f "$root/.clang-format" ]; then
	echo "kapi-format: no $root/.clang-format" >&2
	exit 1
fi

files=$(list_files)
if [ -z "$files" ]; then
	echo "kapi-format: no C or C++ file under $root" >&2
	exit 1
fi
if printf '%s\n' "$files" | grep -q '[[:blank:]]'; then
	echo "kapi-format: a path with a blank in it: rename it" >&2
	exit 1
fi

if [ "$mode" = --fix ]; then
	# shellcheck disable=SC2086 # the paths have no blanks (checked above)
	"$cf" --style="file:$root/.clang-format" -i $files
	exit 0
fi

bad=""
n=0
for f in $files; do
	n=$((n + 1))
	if ! "$cf" --style="file:$root/.clang-format" --dry-run --Werror \
		"$f" 2>/dev/null; then
		bad="$bad ${f#"$root/"}"
	fi
done
if [ -n "$bad" ]; then
	for f in $bad; do
		echo "kapi-format: not formatted: $f" >&2
	done
	echo "kapi-format: run tools/kapi-format.sh --fix (clang-format-19," \
		"the repo's .clang-format) and commit the result" >&2
	exit 1
fi
echo "kapi-format: $n files formatted"
