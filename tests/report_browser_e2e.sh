#!/usr/bin/env bash
# The HTML report in a real browser: `factlint report --format html` on
# fixtures/report/material/, rendered by headless Chromium (--dump-dom and
# --screenshot). The DOM must hold one finding per diagnostic that
# `factlint check --format json` reports on the same input and, for the
# fact cn-tech-contract-turnover, one table row per statement that
# `factlint history` lists; the screenshot must be a PNG.
#
# Usage: bash tests/report_browser_e2e.sh PATH/TO/factlint
# Exit 77 (CTest SKIP_RETURN_CODE) with a message when Chromium is not
# installed (tools/setup installs it where the package can be had);
# everything else that goes wrong fails. Chromium's profile and every output
# live in a temporary directory removed on exit.
set -euo pipefail

fail() { echo "report_browser_e2e: FAIL: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: $0 PATH/TO/factlint"
factlint_bin=$1
[ -x "$factlint_bin" ] || fail "factlint binary '$factlint_bin' is not executable"
source_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$source_root"
browser=$(command -v chromium || true)
if [ -z "$browser" ]; then
  echo "report_browser_e2e: SKIP: chromium is not installed (tools/setup installs the" \
       "Debian package chromium; it could not be installed here)" >&2
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/factlint-browser.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
material=fixtures/report/material/
fact=cn-tech-contract-turnover

# report and check exit 1: the material holds findings.
code=0
"$factlint_bin" report --format html -o "$tmp/report.html" "$material" || code=$?
[ "$code" -eq 1 ] || fail "factlint report exited $code, expected 1 (findings)"
code=0
"$factlint_bin" check --format json "$material" >"$tmp/check.json" || code=$?
[ "$code" -eq 1 ] || fail "factlint check exited $code, expected 1"
"$factlint_bin" history "$fact" --format json "$material" >"$tmp/history.json" ||
  fail "factlint history $fact failed"
# Diagnostics carry "rule", their notes do not; statements carry "written".
findings=$(grep -c '^      "rule": ' "$tmp/check.json" || true)
statements=$(grep -c '"written": ' "$tmp/history.json" || true)
[ "$findings" -gt 0 ] || fail "check reported no finding on $material"
[ "$statements" -gt 1 ] || fail "history listed $statements statements of $fact"

flags=(--headless --disable-gpu --no-first-run --no-default-browser-check
       --user-data-dir="$tmp/profile" --hide-scrollbars)
[ "$(id -u)" -ne 0 ] || flags+=(--no-sandbox)  # Chromium refuses root without it
url="file://$tmp/report.html"
timeout 120 "$browser" "${flags[@]}" --dump-dom "$url" >"$tmp/dom.html" 2>"$tmp/chromium.log" ||
  { cat "$tmp/chromium.log" >&2; fail "chromium --dump-dom failed"; }
timeout 120 "$browser" "${flags[@]}" --window-size=1200,1400 \
  --screenshot="$tmp/report.png" "$url" >>"$tmp/chromium.log" 2>&1 ||
  { cat "$tmp/chromium.log" >&2; fail "chromium --screenshot failed"; }

# The DOM as the browser built it (the parser moved nothing out of place).
grep -q '<html lang="zh">' "$tmp/dom.html" || fail "the DOM has no <html lang=\"zh\">"
dom_findings=$(grep -o '<li class="finding [a-z]*" id="finding-[0-9]*">' "$tmp/dom.html" | wc -l)
[ "$dom_findings" -eq "$findings" ] ||
  fail "the DOM lists $dom_findings findings, check reports $findings"
section=$(grep -o "<section class=\"fact\" id=\"fact-[0-9]*\" data-fact=\"$fact\">" \
          "$tmp/dom.html" | grep -o 'fact-[0-9]*' | head -1)
[ -n "$section" ] || fail "the DOM has no section for $fact"
n=${section#fact-}
rows=$(grep -o "<tr id=\"s-$n-[0-9]*\"" "$tmp/dom.html" | wc -l)
[ "$rows" -eq "$statements" ] ||
  fail "the DOM has $rows rows for $fact, history lists $statements statements"
bars=$(grep -o "<a href=\"#s-$n-[0-9]*\" class=\"[a-z]*\"><title>" "$tmp/dom.html" | wc -l)
[ "$bars" -eq "$statements" ] || fail "the timeline of $fact has $bars bars, expected $statements"

[ -s "$tmp/report.png" ] || fail "chromium wrote no screenshot"
[ "$(head -c 8 "$tmp/report.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
  fail "the screenshot is not a PNG"
size=$(stat -c %s "$tmp/report.png")
[ "$size" -gt 10000 ] || fail "the screenshot is only $size bytes: an empty page?"
# FACTLINT_SCREENSHOT=FILE keeps the screenshot (docs/report.png is one).
[ -z "${FACTLINT_SCREENSHOT:-}" ] || cp "$tmp/report.png" "$FACTLINT_SCREENSHOT"
echo "report_browser_e2e: OK: $findings findings, $rows rows of $fact, screenshot $size bytes"
