#!/usr/bin/env bash
# The man page and shell completions the build generates from the command
# definitions (build/generated/: factlint.1, factlint.bash, _factlint):
# - the man page formats without a groff warning and names every subcommand
#   and every option that `factlint SUBCOMMAND --help` lists;
# - bash completion, sourced into bash, completes subcommands, options of
#   the subcommand being typed, and the choices of an option;
# - the zsh script parses in zsh and offers every subcommand.
# Usage: bash tests/cli_docs_e2e.sh BUILD_DIR
set -euo pipefail

fail() { echo "cli_docs_e2e: FAIL: $*" >&2; exit 1; }
[ $# -eq 1 ] || fail "usage: $0 BUILD_DIR"
build_dir=$(cd "$1" && pwd)
bin=$build_dir/factlint
gen=$build_dir/generated
for tool in groff bash zsh; do
  command -v "$tool" >/dev/null || fail "'$tool' is not installed; not skipping"
done
for f in factlint.1 factlint.bash _factlint; do
  [ -s "$gen/$f" ] || fail "$gen/$f was not generated"
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/factlint-clidocs.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The files are what the binary prints now (not stale).
cmp -s "$gen/factlint.1" <("$bin" --man-page) || fail "factlint.1 differs from --man-page"
cmp -s "$gen/factlint.bash" <("$bin" --completion bash) || fail "factlint.bash is stale"
cmp -s "$gen/_factlint" <("$bin" --completion zsh) || fail "_factlint is stale"

# --- man page ---
groff -man -Tutf8 -ww -z "$gen/factlint.1" 2>"$tmp/groff.err" || fail "groff failed"
[ ! -s "$tmp/groff.err" ] || { cat "$tmp/groff.err" >&2; fail "groff warns about factlint.1"; }
MANWIDTH=200 man -l "$gen/factlint.1" 2>/dev/null | col -b >"$tmp/man.txt"
# The subcommands --help lists, and each one's options, from CLI11's own help.
commands=$("$bin" --help | awk '/^Subcommands:/ {on=1; next} on && !NF {exit} on {print $1}')
[ -n "$commands" ] || fail "no subcommands in --help"
for c in $commands; do
  grep -q "^ *factlint $c\b" "$tmp/man.txt" || fail "the man page has no section for '$c'"
  for opt in $("$bin" "$c" --help | grep -oE '(^|[ ,])--[a-z][a-z-]*' | tr -d ' ,' | sort -u); do
    grep -qF -- "$opt" "$tmp/man.txt" || fail "the man page does not name $c $opt"
  done
done
grep -q '^EXIT STATUS' "$tmp/man.txt" || fail "the man page has no EXIT STATUS section"

# --- bash ---
# complete WORDS...: the completions bash offers for the last word.
complete_bash() {
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1));
           _factlint; printf "%s\n" "${COMPREPLY[@]}"' _ "$gen/factlint.bash" "$@"
}
[ "$(complete_bash factlint ch | sort | tr '\n' ' ')" = "check " ] ||
  fail "bash: 'factlint ch' gave '$(complete_bash factlint ch | tr '\n' ' ')'"
[ "$(complete_bash factlint c | sort | tr '\n' ' ')" = "check claims " ] ||
  fail "bash: 'factlint c' gave '$(complete_bash factlint c | tr '\n' ' ')'"
[ "$(complete_bash factlint check --form)" = "--format" ] || fail "bash: --form"
[ "$(complete_bash factlint check --format '' | sort | tr '\n' ' ')" = "github json sarif text " ] ||
  fail "bash: --format values '$(complete_bash factlint check --format '' | tr '\n' ' ')'"
[ "$(complete_bash factlint claims --format '' | sort | tr '\n' ' ')" = "jsonl text " ] ||
  fail "bash: claims --format values"
# Options of another subcommand are not offered; global ones are.
complete_bash factlint claims --fi | grep -q -- --fix && fail "bash: claims offered --fix"
[ "$(complete_bash factlint claims --no-con)" = "--no-config" ] || fail "bash: --no-config"
# A path argument completes file names.
mkdir -p "$tmp/dir" && touch "$tmp/dir/report.md"
[ "$(cd "$tmp" && complete_bash factlint check dir/re)" = "dir/report.md" ] ||
  fail "bash: file names"

# --- zsh ---
zsh -n "$gen/_factlint" || fail "zsh cannot parse _factlint"
head -1 "$gen/_factlint" | grep -qx '#compdef factlint' || fail "_factlint lacks #compdef"
for c in $commands; do
  grep -q "^    '$c:" "$gen/_factlint" || fail "zsh: no '$c' among the commands"
  grep -q "^    $c)" "$gen/_factlint" || fail "zsh: no arguments for '$c'"
done

echo "cli_docs_e2e: passed"
