#!/usr/bin/env bash
# FACTLINT_BUILD_TESTS=OFF configures with GoogleTest made unfindable
# (CMAKE_DISABLE_FIND_PACKAGE_GTest), defines the factlint target and its
# installation, and no test target and no CTest test at all. Configure only:
# the build itself is the same as the default one's.
#
# Usage: bash tests/configure_without_tests.sh (generates for Ninja)
# The build directory is a temporary directory, removed on exit.
set -euo pipefail

fail() { echo "configure_without_tests: FAIL: $*" >&2; exit 1; }

command -v ninja >/dev/null || fail "'ninja' is not installed (tools/setup installs it)"
source_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/factlint-notests.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

cmake -S "$source_root" -B "$tmp/b" -G Ninja -DFACTLINT_BUILD_TESTS=OFF \
  -DCMAKE_DISABLE_FIND_PACKAGE_GTest=ON >"$tmp/configure.log" 2>&1 ||
  { cat "$tmp/configure.log" >&2; fail "configuring without tests and without GoogleTest failed"; }
targets=$(ninja -C "$tmp/b" -t targets all | sed -E 's/:.*//') ||
  fail "cannot list the targets"
grep -qx factlint <<<"$targets" || fail "no factlint target"
grep -qx install <<<"$targets" || fail "no install target"
if grep -E '_tests$|^fuzz_|gtest' <<<"$targets"; then
  fail "test targets are defined with FACTLINT_BUILD_TESTS=OFF"
fi
n=$(ctest --test-dir "$tmp/b" -N | sed -nE 's/^Total Tests: ([0-9]+)$/\1/p')
[ "$n" = 0 ] || fail "$n CTest tests registered with FACTLINT_BUILD_TESTS=OFF"
echo "configure_without_tests: passed"
