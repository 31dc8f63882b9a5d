#!/usr/bin/env bash
# End-to-end test of the pre-commit integration with the real `pre-commit`
# and `git`: a throwaway project whose .factlint.toml points at an archive of
# two seed documents commits a draft that contradicts them (the commit must
# fail with the diagnostic), then a clean draft (the commit must succeed).
#
# Usage: bash tests/precommit_e2e.sh PATH/TO/factlint
# Needs no network and no HOME: everything lives in a temporary directory
# that is removed on exit. A missing tool is a failure, never a skip.
set -euo pipefail

fail() { echo "precommit_e2e: FAIL: $*" >&2; exit 1; }

[ $# -eq 1 ] || fail "usage: $0 PATH/TO/factlint"
factlint_bin=$1
[ -x "$factlint_bin" ] || fail "factlint binary '$factlint_bin' is not executable"
factlint_bin=$(cd "$(dirname "$factlint_bin")" && pwd)/$(basename "$factlint_bin")
source_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
hooks_file=$source_root/.pre-commit-hooks.yaml
[ -f "$hooks_file" ] || fail "missing $hooks_file"
for tool in git pre-commit; do
  command -v "$tool" >/dev/null ||
    fail "'$tool' is not installed (tools/setup installs it); not skipping"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/factlint-precommit.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# An isolated environment: pre-commit's cache and git's global config stay in
# $tmp; no system git config, no colours, no editor, no terminal prompts.
export HOME=$tmp/home PRE_COMMIT_HOME=$tmp/pre-commit-cache
export XDG_CONFIG_HOME=$tmp/home/.config XDG_CACHE_HOME=$tmp/home/.cache
export GIT_CONFIG_NOSYSTEM=1 GIT_EDITOR=true GIT_TERMINAL_PROMPT=0
export PRE_COMMIT_COLOR=never NO_COLOR=1 SKIP=
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE GIT_CONFIG_GLOBAL GIT_CONFIG_PARAMETERS GIT_CONFIG_COUNT
mkdir -p "$HOME"
git config --global user.name "factlint e2e"
git config --global user.email "e2e@factlint.invalid"
git config --global init.defaultBranch main
git config --global commit.gpgsign false
# `language: system`: the hook runs whatever `factlint` is first on PATH.
PATH=$(dirname "$factlint_bin"):$PATH
export PATH
[ "$(command -v factlint)" = "$factlint_bin" ] || fail "factlint on PATH is not $factlint_bin"

# The hook repository: a clone of the source root (or a fresh repository if
# the source is not a git checkout or cannot be cloned) with the working
# tree's .pre-commit-hooks.yaml committed, so the test never depends on what
# is committed upstream.
hookrepo=$tmp/hookrepo
if ! git clone -q "$source_root" "$hookrepo" 2>/dev/null; then
  rm -rf "$hookrepo"
  git init -q "$hookrepo"
fi
cp "$hooks_file" "$hookrepo/.pre-commit-hooks.yaml"
git -C "$hookrepo" add .pre-commit-hooks.yaml
git -C "$hookrepo" commit -q --allow-empty --no-verify -m "hooks under test"
# The project pins the hook repository the way the docs tell users to: by the
# release tag they name (v0.2.0), which must be the version of the binary.
# The tag is made here, in the temporary clone, on the commit under test.
version=$("$factlint_bin" --version | sed -nE 's/^factlint ([0-9.]+) .*/\1/p')
[ -n "$version" ] || fail "cannot read the version from '$factlint_bin --version'"
doc_revs=$(cd "$source_root" && sed -nE 's/^[# ]*rev: ([^ ]+).*/\1/p' \
             .pre-commit-hooks.yaml docs/ci.md docs/guide.en.md docs/guide.zh.md | sort -u)
[ "$doc_revs" = "v$version" ] ||
  fail "the docs pin rev: $(echo $doc_revs), not the tag of this version, v$version"
rev=v$version
git -C "$hookrepo" tag -f "$rev" >/dev/null

# The project: reference material in archive/, drafts checked on commit.
project=$tmp/project
mkdir -p "$project/archive" "$project/drafts"
cd "$project"
git init -q .
seed() { ls "$source_root"/seeds/"$1"_*.txt; }
cp "$(seed 001)" "$(seed 003)" archive/
cat >.factlint.toml <<'EOF'
against = ["archive/"]
EOF
cat >.pre-commit-config.yaml <<EOF
repos:
  - repo: $hookrepo
    rev: $rev
    hooks:
      - id: factlint
        exclude: ^archive/
EOF
pre-commit install </dev/null >/dev/null || fail "pre-commit install failed"
[ -x .git/hooks/pre-commit ] || fail "pre-commit install wrote no git hook"
git add -A
git commit -q -m "archive and configuration" </dev/null >"$tmp/out0" 2>&1 ||
  { cat "$tmp/out0" >&2; fail "the initial commit (archive excluded) failed"; }

passed=0 failed=0
record_failure() {  # record_failure NAME MESSAGE OUTPUT-FILE
  echo "precommit_e2e: FAIL: $1: $2" >&2
  echo "--- output of git commit ---" >&2
  cat "$3" >&2
  failed=$((failed + 1))
}
commits() { git rev-list --count HEAD; }

# 1. A draft that contradicts the archive (524家 and 525家): commit refused.
cat >drafts/2026-01.md <<'EOF'
---
date: 2026-01-10
---

# 2026年1月简报

企业创新能力显著增强，526家中国大陆企业进入全球工业研发投入2000强。
EOF
before=$(commits)
git add drafts/2026-01.md
out=$tmp/out1
if git commit -m "contradicting draft" </dev/null >"$out" 2>&1; then
  record_failure conflict "the commit succeeded" "$out"
elif [ "$(commits)" != "$before" ]; then
  record_failure conflict "a commit was recorded" "$out"
elif ! grep -q '^factlint\.*Failed' "$out"; then
  record_failure conflict "the factlint hook did not report Failed" "$out"
elif ! grep -F 'drafts/2026-01.md:' "$out" | grep -F '[fact-conflict]' | grep -qF '526家'; then
  record_failure conflict "no [fact-conflict] diagnostic for 526家 in drafts/2026-01.md" "$out"
elif ! grep -qF '524家 stated here' "$out" || ! grep -qF '525家 stated here' "$out"; then
  record_failure conflict "the notes do not point at both archive documents" "$out"
else
  passed=$((passed + 1))
fi
git rm -q --cached drafts/2026-01.md
rm drafts/2026-01.md

# 2. A draft whose claims agree with the archive: commit accepted, hook ran.
cat >drafts/2026-02.md <<'EOF'
---
date: 2026-01-20
---

# 2026年1月简报（修订）

企业创新能力显著增强，企业研发投入占比超过77%，“三新”经济增加值占GDP比重达18%。
EOF
before=$(commits)
git add drafts/2026-02.md
out=$tmp/out2
if ! git commit -m "clean draft" </dev/null >"$out" 2>&1; then
  record_failure clean "the commit failed" "$out"
elif [ "$(commits)" != "$((before + 1))" ]; then
  record_failure clean "no commit was recorded" "$out"
elif ! grep -q '^factlint\.*Passed' "$out"; then
  record_failure clean "the factlint hook did not run and pass" "$out"
else
  passed=$((passed + 1))
fi

# 3. Text files that are not prose (here YAML) are not passed to factlint.
cat >notes.yaml <<'EOF'
summary: 企业创新能力显著增强，526家中国大陆企业进入全球工业研发投入2000强。
EOF
before=$(commits)
git add notes.yaml
out=$tmp/out3
if ! git commit -m "non-prose file" </dev/null >"$out" 2>&1; then
  record_failure types "the commit of a YAML file failed" "$out"
elif [ "$(commits)" != "$((before + 1))" ]; then
  record_failure types "no commit was recorded" "$out"
elif ! grep -q '^factlint.*Skipped' "$out"; then
  record_failure types "the factlint hook was not skipped for a YAML file" "$out"
else
  passed=$((passed + 1))
fi

echo "precommit_e2e: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
