#!/usr/bin/env bash
# End-to-end test of the installation: `cmake --install --strip` of the build
# directory into a temporary prefix, then the installed binary run from an
# unrelated directory on the seed documents must find its installed rules
# (PREFIX/share/factlint/rules) and report exactly the one contradiction
# (525家 against 524家). Also: it is stripped, it keeps working when the
# prefix is moved, FACTLINT_RULES overrides the lookup, it fails (exit 2,
# saying where it looked) without its rules rather than reaching for the
# source tree, and --version names the version and a commit.
#
# Usage: bash tests/install_e2e.sh BUILD_DIR VERSION
# Everything is written under a temporary directory, removed on exit.
set -euo pipefail

fail() { echo "install_e2e: FAIL: $*" >&2; exit 1; }

[ $# -eq 2 ] || fail "usage: $0 BUILD_DIR VERSION"
build_dir=$(cd "$1" && pwd)
version=$2
source_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
for tool in cmake readelf; do
  command -v "$tool" >/dev/null || fail "'$tool' is not installed; not skipping"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/factlint-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
unset FACTLINT_RULES
export NO_COLOR=1

cmake --install "$build_dir" --prefix "$tmp/prefix" --strip >"$tmp/install.log" 2>&1 ||
  { cat "$tmp/install.log" >&2; fail "cmake --install failed"; }
bin=$tmp/prefix/bin/factlint
[ -x "$bin" ] || fail "no executable bin/factlint in the prefix"
for f in units.toml lexicon.toml macros.toml facts/rd.toml; do
  [ -f "$tmp/prefix/share/factlint/rules/$f" ] || fail "share/factlint/rules/$f not installed"
done
readelf -S "$bin" | grep -q '\.symtab' && fail "the installed binary is not stripped"
# The man page and completions generated from the command definitions, where
# man, bash-completion and zsh look under a prefix other than /usr.
for f in share/man/man1/factlint.1 share/bash-completion/completions/factlint \
         share/zsh/site-functions/_factlint; do
  [ -s "$tmp/prefix/$f" ] || fail "$f not installed"
done
MANPATH=$tmp/prefix/share/man man -w factlint >/dev/null 2>&1 ||
  fail "man does not find factlint(1) under the prefix"
grep -q 'complete -F _factlint factlint' "$tmp/prefix/share/bash-completion/completions/factlint" ||
  fail "the bash completion does not complete factlint"

# From a directory with no rules, no configuration and no checkout around it.
mkdir -p "$tmp/elsewhere" "$tmp/seeds"
cp "$source_root"/seeds/*.txt "$tmp/seeds/"
cd "$tmp/elsewhere"

# check_seeds NAME BINARY: exactly one error, 525 against 524, exit code 1.
check_seeds() {
  local out=$tmp/$1.out rc=0
  "$2" check ../seeds >"$out" 2>"$tmp/$1.err" || rc=$?
  [ "$rc" -eq 1 ] || { cat "$out" "$tmp/$1.err" >&2; fail "$1: exit code $rc, expected 1"; }
  local errors
  errors=$(grep -c ': error: ' "$out" || true)
  [ "$errors" -eq 1 ] || { cat "$out" >&2; fail "$1: $errors errors, expected exactly 1"; }
  grep ': error: ' "$out" | grep -F '525家 here, but 524家 elsewhere' | grep -qF '[fact-conflict]' ||
    { cat "$out" >&2; fail "$1: the error is not the 525/524 conflict"; }
  grep -qx '1 error' "$out" || { cat "$out" >&2; fail "$1: no '1 error' summary"; }
}
check_seeds installed "$bin"

# --version: "factlint VERSION (commit HASH|unknown)"; a hash must name a
# commit of the source repository.
line=$("$bin" --version)
[[ $line =~ ^factlint\ ${version//./\\.}\ \(commit\ ([0-9a-f]{12}|unknown)\)$ ]] ||
  fail "--version printed '$line'"
commit=${BASH_REMATCH[1]}
if [ "$commit" != unknown ]; then
  git -C "$source_root" cat-file -e "$commit^{commit}" 2>/dev/null ||
    fail "--version names $commit, not a commit of $source_root"
elif git -C "$source_root" rev-parse --show-toplevel >/dev/null 2>&1 &&
     [ "$(cd "$(git -C "$source_root" rev-parse --show-toplevel)" && pwd -P)" = "$(cd "$source_root" && pwd -P)" ]; then
  fail "--version says 'unknown' though $source_root is a git work tree"
fi

# The whole prefix moved elsewhere: the rules are found relative to the binary.
mv "$tmp/prefix" "$tmp/moved"
check_seeds moved "$tmp/moved/bin/factlint"

# FACTLINT_RULES is the rule directory when set (a wrong one is an error).
rc=0
FACTLINT_RULES=$tmp/nowhere "$tmp/moved/bin/factlint" check ../seeds >/dev/null 2>"$tmp/env.err" || rc=$?
[ "$rc" -eq 2 ] || fail "FACTLINT_RULES=$tmp/nowhere: exit code $rc, expected 2"
grep -qF "$tmp/nowhere" "$tmp/env.err" || { cat "$tmp/env.err" >&2; fail "the error does not name \$FACTLINT_RULES"; }
mv "$tmp/moved/share/factlint/rules" "$tmp/rules-elsewhere"
FACTLINT_RULES=$tmp/rules-elsewhere check_seeds env "$tmp/moved/bin/factlint"

# Without installed rules and without FACTLINT_RULES: exit 2 naming where it
# looked, never the rules of the source tree it was built from.
rc=0
"$tmp/moved/bin/factlint" check ../seeds >"$tmp/none.out" 2>"$tmp/none.err" || rc=$?
[ "$rc" -eq 2 ] || { cat "$tmp/none.out" "$tmp/none.err" >&2; fail "without rules: exit code $rc, expected 2"; }
grep -qF "cannot find the rules (units.toml) in $tmp/moved/share/factlint/rules" "$tmp/none.err" ||
  { cat "$tmp/none.err" >&2; fail "without rules: the error does not say where it looked"; }

echo "install_e2e: passed"
