#!/usr/bin/env bash
# End-to-end test of the Debian package: `cpack` makes the .deb in a
# temporary directory; its Depends line must name the runtime library
# packages (libre2, libicu, libfmt, libsqlite3, libstdc++), each a package
# installed on this machine; the package must hold /usr/bin/factlint
# (stripped) and /usr/share/factlint/rules/; unpacked into a scratch root
# (dpkg-deb -x: no root rights, no change to the system), its binary run from
# another directory on the seeds must report exactly the one contradiction.
#
# Usage: bash tests/deb_e2e.sh BUILD_DIR VERSION
# Everything is written under a temporary directory, removed on exit.
set -euo pipefail

fail() { echo "deb_e2e: FAIL: $*" >&2; exit 1; }

[ $# -eq 2 ] || fail "usage: $0 BUILD_DIR VERSION"
build_dir=$(cd "$1" && pwd)
version=$2
source_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
for tool in cpack dpkg-deb dpkg-query dpkg-shlibdeps file readelf; do
  command -v "$tool" >/dev/null ||
    fail "'$tool' is not installed (tools/setup installs it); not skipping"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/factlint-deb.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
unset FACTLINT_RULES
export NO_COLOR=1

cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
  { cat "$tmp/cpack.log" >&2; fail "cpack failed"; }
debs=("$tmp"/out/factlint_"$version"_*.deb)
[ -f "${debs[0]}" ] || { ls -R "$tmp/out" >&2; fail "no factlint_${version}_*.deb made"; }
deb=${debs[0]}

[ "$(dpkg-deb -f "$deb" Package)" = factlint ] || fail "package name is not factlint"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"
depends=$(dpkg-deb -f "$deb" Depends)
echo "deb_e2e: Depends: $depends"
for lib in libre2- libicu libfmt libsqlite3- libstdc++6 libc6; do
  grep -qE "(^|, )${lib//+/\\+}[0-9a-z.-]* \(" <<<"$depends" ||
    fail "Depends does not name a versioned $lib* package: $depends"
done
# Every dependency is a real Debian package: installed here, as it must be
# for the build to have linked against it.
IFS=',' read -ra alternatives <<<"$depends"
for dep in "${alternatives[@]}"; do
  name=$(sed -E 's/^ *([^ (|]+).*/\1/' <<<"$dep")
  dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed" ||
    fail "dependency '$name' is not an installed Debian package"
done

contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/factlint ./usr/share/factlint/rules/units.toml \
         ./usr/share/factlint/rules/facts/rd.toml ./usr/share/man/man1/factlint.1 \
         ./usr/share/bash-completion/completions/factlint \
         ./usr/share/zsh/vendor-completions/_factlint; do
  grep -qE " $f\$" <<<"$contents" || fail "the package lacks $f"
done

mkdir -p "$tmp/root" "$tmp/elsewhere"
dpkg-deb -x "$deb" "$tmp/root"
readelf -S "$tmp/root/usr/bin/factlint" | grep -q '\.symtab' &&
  fail "the packaged binary is not stripped"
cd "$tmp/elsewhere"
rc=0
"$tmp/root/usr/bin/factlint" check "$source_root/seeds" >"$tmp/out.txt" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || { cat "$tmp/out.txt" >&2; fail "exit code $rc, expected 1"; }
errors=$(grep -c ': error: ' "$tmp/out.txt" || true)
[ "$errors" -eq 1 ] || { cat "$tmp/out.txt" >&2; fail "$errors errors, expected exactly 1"; }
grep ': error: ' "$tmp/out.txt" | grep -qF '525家 here, but 524家 elsewhere' ||
  { cat "$tmp/out.txt" >&2; fail "the error is not the 525/524 conflict"; }

echo "deb_e2e: passed ($(basename "$deb"), $(du -k "$deb" | cut -f1) KiB)"
