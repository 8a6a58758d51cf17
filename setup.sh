#!/bin/sh
# Install every Debian package kapi-clang needs to build, test and benchmark.
# Run as root on Debian bookworm; safe to run again (installs only what is
# missing, so a ready machine pays no apt-get update).
set -eu

# linux-source-6.12 (a 150 MB tarball): the default-db tests compare curated
# masks with the kernel's own definitions in two of its files.

PACKAGES="
  cmake make git python3 file
  clang-19 llvm-19-dev llvm-19-tools lld-19
  libclang-19-dev libclang-cpp19-dev libclang-rt-19-dev
  clangd-19 clang-tools-19 clang-format-19
  libsqlite3-dev sqlite3 libjansson-dev
  hyperfine pre-commit ccache man-db
  libaio-dev liburing-dev python3-jsonschema python3-docutils
  linux-source-6.12
"

missing=""
for p in $PACKAGES; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
		missing="$missing $p"
	fi
done

if [ -n "$missing" ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "setup.sh: need root to install:$missing" >&2
		exit 1
	fi
	echo "setup.sh: installing:$missing"
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $missing
fi
echo "setup.sh: all build and test dependencies are installed"

# The official SARIF 2.1.0 schema, for the test that validates kapi-check's
# SARIF output: Microsoft's SARIF SDK ships it in an npm package.  The test
# checks its sha256 and is skipped (UNSUPPORTED) without it.
schema_dir=${XDG_CACHE_HOME:-$HOME/.cache}/kapi-clang/sarif
schema=$schema_dir/sarif-2.1.0-rtm.5.json
if [ ! -f "$schema" ] && command -v npm >/dev/null 2>&1; then
	tmp=$(mktemp -d)
	if (cd "$tmp" && npm pack --silent @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null 2>&1 &&
		tar -xzf microsoft-jest-sarif-1.0.0-beta.0.tgz package/lib/schemas/sarif-2.1.0-rtm.5.json); then
		mkdir -p "$schema_dir"
		mv "$tmp/package/lib/schemas/sarif-2.1.0-rtm.5.json" "$schema"
		echo "setup.sh: SARIF 2.1.0 schema in $schema"
	else
		echo "setup.sh: could not fetch the SARIF schema (npm); its test will be skipped" >&2
	fi
	rm -rf "$tmp"
fi
