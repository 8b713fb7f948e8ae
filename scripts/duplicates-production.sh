#!/usr/bin/env bash
# Repeated code in production code: pairs of places sharing six or more
# identical or same-shape lines, tests, test utilities, e2e tests and the tone
# corpus aside. Needs the `duplicates` scanner on PATH (the team's tool; it
# reads files as text and writes nothing).
#   bash scripts/duplicates-production.sh [REV|worktree] [ROWS]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
rev=${1:-worktree}
rows=${2:-8}
command -v duplicates >/dev/null || {
  echo "the duplicates scanner is not on PATH" >&2
  exit 1
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$rev" = worktree ]; then
  (cd "$repo" && git ls-files -co --exclude-standard plugins packages |
    tar cf - -T - 2>/dev/null) | tar x -C "$tmp"
else
  git -C "$repo" archive "$rev" plugins packages | tar x -C "$tmp"
fi
find "$tmp" \( -name '*.test.ts' -o -name '*.test.tsx' -o -name '__testUtils__' \
  -o -name 'reliability' -o -name 'e2e-tests' -o -name 'corpus' \) -prune \
  -exec rm -rf {} +
find "$tmp" -type f ! -name '*.ts' ! -name '*.tsx' ! -name '*.js' ! -name '*.mjs' -delete
cd "$tmp" && duplicates --repo "$tmp" --most "$rows" --seconds 120
