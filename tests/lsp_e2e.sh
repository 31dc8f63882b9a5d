#!/usr/bin/env bash
# End-to-end test of `factlint lsp` with a real client: Neovim, headless,
# opens fixtures/lsp/draft.md (a copy in a temporary project whose
# .factlint.toml checks it against archive/) with tests/lsp/client.lua, which
# starts `factlint lsp --facts facts.toml`, waits for the diagnostics, asks
# for the hover and the code actions, applies the quick fix and waits for the
# diagnostics of the edited buffer. This script asserts what it received.
#
# Usage: bash tests/lsp_e2e.sh PATH/TO/factlint
# Exit 77 (CTest: skipped, with the reason printed) when nvim is not
# installed; tools/setup installs it (Debian package neovim).
set -euo pipefail

fail() { echo "lsp_e2e: FAIL: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: $0 PATH/TO/factlint"
factlint_bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[ -x "$factlint_bin" ] || fail "factlint binary '$1' is not executable"
source_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if ! command -v nvim >/dev/null; then
  echo "lsp_e2e: SKIPPED: nvim is not installed (tools/setup installs the" \
       "Debian package neovim); the language server was not tested with a client" >&2
  exit 77
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/factlint-lsp.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/project" "$tmp/home"
cp -r "$source_root/fixtures/lsp/." "$tmp/project/"
# Neovim's state, cache and log stay in $tmp.
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/home/.config XDG_CACHE_HOME=$tmp/home/.cache
export XDG_STATE_HOME=$tmp/home/.state XDG_DATA_HOME=$tmp/home/.data
export FACTLINT_BIN=$factlint_bin FACTLINT_FACTS=$tmp/project/facts.toml
export FACTLINT_LSP_OUT=$tmp/received.txt
# Runs the client in $tmp/project and checks what it received; $1 names the
# reference material in messages.
run_client() {
label=$1
status=0
rm -f "$FACTLINT_LSP_OUT"
timeout 90 nvim --headless --clean -n -c "luafile $source_root/tests/lsp/client.lua" \
  draft.md </dev/null >"$tmp/nvim.out" 2>&1 || status=$?
[ -f "$FACTLINT_LSP_OUT" ] || fail "($label) nvim (exit $status) wrote nothing: $(cat "$tmp/nvim.out")"
echo "--- received by the client:"
cat "$FACTLINT_LSP_OUT"
[ "$status" -eq 0 ] || fail "($label) nvim exited with $status"
! grep -q '^error:' "$FACTLINT_LSP_OUT" || fail "($label) the client reported an error"

expect() {
  grep -qFx -- "$1" "$FACTLINT_LSP_OUT" || fail "($label) expected the line: $1"
}
# Line 7 of draft.md (0-based 6): 524家 starts at code-point column 27, after
# 26 characters of which 📈 takes two UTF-16 units: character 27 in UTF-16,
# and 524家 is four units long.
message='中国大陆企业进入全球工业研发投入2000强的数量: 524家 here, but 525家 elsewhere; the exact values differ'
expect "diagnostic fact-conflict severity=1 range=6:27-6:31 message=$message"
# The other statement: line 6, column 40 of the archive's briefing, named by
# the source its front matter gives.
expect "related fact-conflict uri=2026-03-05-briefing.md range=5:39-5:43 message=525家 stated here (部长通道, document of 2026-03-05)"
# The recorded value's finding on the same figure is one of its notes (one
# finding per figure), and its quick fix stays.
expect "related fact-conflict uri=draft.md range=6:27-6:31 message=also [fact-canonical]: 中国大陆企业进入全球工业研发投入2000强的数量: 524家 contradicts the recorded value 525家 (科技部部长阴和俊, 十四届全国人大四次会议部长通道, as of 2026-03-05)"
expect "related fact-conflict uri=facts.toml range=3:8-3:14 message=recorded value 525家"
expect "action kind=quickfix title=Replace with 525家 (canonical fact)"
expect "edit uri=draft.md range=6:27-6:31 newText=525家"
expect "line after edit: 在全球工业研发投入2000强企业中，📈中国大陆企业有525家。"
expect "diagnostics after edit: 0"
grep -q '^hover \*\*524家\*\*.*fact `cn-rd-top2000-firms`.*525家 (2026) at 2026-03-05-briefing.md:6:40, document of 2026-03-05 — \*\*disagrees\*\*' \
  "$FACTLINT_LSP_OUT" || fail "($label) the hover does not show the fact and the other statement"
echo "lsp_e2e: ok ($label)"
}

cd "$tmp/project"
run_client "against archive/"
# The same with the archive as an index (--against-db in the configuration):
# the server reads only the indexed files of the buffer's keys.
"$factlint_bin" index --no-config archive --db archive.db >/dev/null ||
  fail "factlint index archive failed"
printf '# The archive as an index.\nagainst_db = ["archive.db"]\n' >.factlint.toml
run_client "against_db archive.db"
echo "lsp_e2e: ok"
